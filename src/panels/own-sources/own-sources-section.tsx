/**
 * The reader's own sources in the Sources view: what they are (kept in this browser only), Export as a pack,
 * and, after a source is removed, the way back (Undo).
 */
import { useCallback, useState } from 'react';
import { removeOwnSource, useDataState } from '../../corpus/data-store.ts';
import { saveFile } from '../../export/save-file.ts';
import { isEmptyPack } from '../../packs/pack-layout.ts';
import { writePack } from '../../packs/write-pack.ts';
import type { Source } from '../../records/schema.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export interface OwnSourceRemoval {
  remove: (source: Source) => void;
  removed: { title: string; undo: () => void } | null;
}

export function useOwnSourceRemoval(): OwnSourceRemoval {
  const [removed, setRemoved] = useState<OwnSourceRemoval['removed']>(null);
  const remove = useCallback((source: Source) => {
    void removeOwnSource(source.id).then((putBack) =>
      setRemoved({
        title: source.title,
        undo: () => {
          setRemoved(null);
          void putBack();
        },
      }),
    );
  }, []);
  return { remove, removed };
}

/** The pack's file name says what and when: steppe-sources-pack-2026-12-06.zip. */
const packFileName = () => `steppe-sources-pack-${new Date().toISOString().slice(0, 10)}.zip`;

export function OwnSourcesSection({ removal }: { removal: OwnSourceRemoval }) {
  const { t } = useT();
  const { own } = useDataState();
  if (isEmptyPack(own) && !removal.removed) return null;
  return (
    <section className="own-sources" aria-labelledby="own-sources-title">
      <h3 id="own-sources-title">{t('sources.yoursTitle')}</h3>
      <p className="hint">{t('sources.yoursHint')}</p>
      {removal.removed && (
        <p className="notice" role="status">
          {t('sources.removed', { title: removal.removed.title })}{' '}
          <button type="button" onClick={removal.removed.undo}>
            {t('sources.undo')}
          </button>
        </p>
      )}
      {!isEmptyPack(own) && (
        <button
          type="button"
          onClick={() =>
            saveFile(
              new Blob([writePack(own) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
              packFileName(),
            )
          }
        >
          {t('sources.exportYours')}
        </button>
      )}
    </section>
  );
}
