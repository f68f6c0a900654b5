/**
 * The steps of adding a source pack: read and checked whole (refused with every fault named), its ids that the
 * map already gives to other records settled by the reader, then added to the reader's own sources and kept.
 */
import { useCallback, useState } from 'react';
import { addOwnPack, packContext } from '../../corpus/data-store.ts';
import {
  findClashes,
  settleClashes,
  withoutCopies,
  type Clash,
  type Settlement,
} from '../../packs/pack-clashes.ts';
import type { SourcePack } from '../../packs/pack-layout.ts';
import type { Problem } from '../../records/checks/problems.ts';

export type PackImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; problems: Problem[] }
  | { step: 'clashes'; fileName: string; pack: SourcePack; clashes: Clash[] }
  | { step: 'added'; fileName: string; pack: SourcePack };

export interface PackImport {
  state: PackImportState;
  readFile: (file: File) => void;
  /** Adds the pack with each clash settled as chosen (by `${kind}:${id}`). */
  settle: (choices: ReadonlyMap<string, Settlement>) => void;
  close: () => void;
}

/** A pack is a .zip; anything else goes to the dataset import. */
export const isPackFile = (file: File): boolean =>
  /\.zip$/i.test(file.name) ||
  file.type === 'application/zip' ||
  file.type === 'application/x-zip-compressed';

export const clashKey = (c: Clash) => `${c.kind}:${c.id}`;

export function usePackImport(): PackImport {
  const [state, setState] = useState<PackImportState>({ step: 'idle' });

  const add = useCallback((fileName: string, pack: SourcePack) => {
    void addOwnPack(pack);
    setState({ step: 'added', fileName, pack });
  }, []);

  const readFile = useCallback(
    (file: File) => {
      const fileName = file.name;
      setState({ step: 'reading', fileName });
      void file
        .arrayBuffer()
        // The zip reader and the checks come with the first pack (a chunk of their own).
        .then(async (buffer) => {
          const { readPack } = await import('../../packs/read-pack.ts');
          return readPack(new Uint8Array(buffer), packContext().known);
        })
        .then((reading) => {
          if (!reading.ok) return setState({ step: 'refused', fileName, problems: reading.problems });
          const { taken } = packContext();
          const pack = withoutCopies(reading.pack, taken);
          const clashes = findClashes(pack, taken);
          if (clashes.length > 0) setState({ step: 'clashes', fileName, pack, clashes });
          else add(fileName, pack);
        })
        .catch((error: unknown) =>
          setState({
            step: 'refused',
            fileName,
            problems: [
              {
                file: fileName,
                record: '(file)',
                field: '(root)',
                message: String((error as Error)?.message ?? error),
              },
            ],
          }),
        );
    },
    [add],
  );

  const settle = useCallback(
    (choices: ReadonlyMap<string, Settlement>) => {
      if (state.step !== 'clashes') return;
      add(
        state.fileName,
        settleClashes(state.pack, state.clashes, (c) => choices.get(clashKey(c)) ?? 'rename'),
      );
    },
    [state, add],
  );

  const close = useCallback(() => setState({ step: 'idle' }), []);
  return { state, readFile, settle, close };
}
