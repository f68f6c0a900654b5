/**
 * The steps of adding a file: reading it in the worker (with progress and Cancel), asking for a table's
 * column mapping, and the report (what was imported, every row left out and why) or a refusal.
 */
import { useCallback, useRef, useState } from 'react';
import { addDataset, articleData, removeDataset } from '../../corpus/data-store.ts';
import type { Encoding, EncodingHow } from '../../formats/decode.ts';
import type { RowProblem } from '../../formats/imported-record.ts';
import type { TableMapping } from '../../formats/table.ts';
import { startImport, type RunningImport } from '../../import/import-client.ts';
import type { ImportStage, NeedsMapping } from '../../import/import-messages.ts';
import type { Message } from '../../i18n/message.ts';
import type { DatasetInfo } from '../../records/schema.ts';
import { rememberedMapping, rememberMapping } from './remembered-mapping.ts';

export type ImportState =
  | { step: 'idle' }
  | { step: 'running'; fileName: string; stage: ImportStage; fraction: number }
  | { step: 'mapping'; file: File; outcome: NeedsMapping; initial: TableMapping; encoding?: Encoding }
  | { step: 'refused'; fileName: string; message: Message }
  | {
      step: 'done';
      file: File;
      info: DatasetInfo;
      problems: RowProblem[];
      encodingHow: EncodingHow;
      mapping?: TableMapping;
      /** Being kept in this browser, kept, or why it could not be. */
      /** Saving, saved, or why it could not be kept. */
      saved: 'saving' | 'saved' | Message;
    };

export interface ImportControls {
  state: ImportState;
  importFile: (file: File, options?: { encoding?: Encoding; mapping?: TableMapping }) => void;
  cancel: () => void;
  close: () => void;
  /** The reader's mapping of a table's columns: remembered for this header, then the file is read with it. */
  submitMapping: (mapping: TableMapping) => void;
  /** Reads the last file again in another encoding, replacing what it imported. */
  rereadAs: (encoding: Encoding) => void;
}

export function useImport(takenIds: () => string[]): ImportControls {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const running = useRef<RunningImport | null>(null);

  const importFile = useCallback(
    (file: File, options: { encoding?: Encoding; mapping?: TableMapping } = {}) => {
      running.current?.cancel();
      setState({ step: 'running', fileName: file.name, stage: 'reading', fraction: 0 });
      running.current = startImport(
        { file, ...options, takenIds: takenIds(), base: articleData(), importedAt: new Date().toISOString() },
        (reply) => {
          if (reply.type === 'progress')
            setState({ step: 'running', fileName: file.name, stage: reply.stage, fraction: reply.fraction });
          else if (reply.type === 'refused')
            setState({ step: 'refused', fileName: file.name, message: reply.message });
          else if (reply.type === 'needs-mapping') {
            const { outcome } = reply;
            const initial = rememberedMapping(outcome.header) ?? outcome.guess;
            setState({ step: 'mapping', file, outcome, initial, encoding: options.encoding });
          } else if (reply.type === 'done') {
            const { dataset } = reply;
            if (dataset.events.length > 0) addDataset(dataset);
            setState({
              step: 'done',
              file,
              info: dataset.info,
              problems: dataset.problems,
              encodingHow: reply.encodingHow,
              mapping: options.mapping,
              saved: 'saving',
            });
          } else {
            const saved = reply.problem === null ? 'saved' : reply.problem;
            setState((s) => (s.step === 'done' && s.file === file ? { ...s, saved } : s));
          }
        },
      );
    },
    [takenIds],
  );

  const cancel = useCallback(() => {
    running.current?.cancel();
    running.current = null;
    setState({ step: 'idle' });
  }, []);

  const close = useCallback(() => setState({ step: 'idle' }), []);

  const rereadAs = useCallback(
    (encoding: Encoding) => {
      if (state.step !== 'done') return;
      void removeDataset(state.info.id);
      importFile(state.file, { encoding, mapping: state.mapping });
    },
    [state, importFile],
  );

  const submitMapping = useCallback(
    (mapping: TableMapping) => {
      if (state.step !== 'mapping') return;
      rememberMapping(state.outcome.header, mapping);
      importFile(state.file, { encoding: state.encoding, mapping });
    },
    [state, importFile],
  );

  return { state, importFile, cancel, close, submitMapping, rereadAs };
}
