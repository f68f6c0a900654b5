/**
 * The reader's own sources in the Sources view: Add an article, what they are (kept in this browser only),
 * Export as a pack, and, after a source is removed, the way back (Undo).
 */
import { useCallback, useState } from 'react';
import { removeOwnSource, siteLinks, useDataState } from '../../corpus/data-store.ts';
import { formatProblem, type Problem } from '../../records/checks/problems.ts';
import { PACK_FILES, type SourcePack } from '../../packs/pack-layout.ts';
import { saveFile } from '../../export/save-file.ts';
import { isEmptyPack } from '../../packs/pack-layout.ts';
import type { Source } from '../../records/schema.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export interface OwnSourceRemoval {
  remove: (source: Source) => void;
  removed: { title: string; undo: () => void } | null;
}

export function useOwnSourceRemoval(): OwnSourceRemoval {
  const [removed, setRemoved] = useState<OwnSourceRemoval['removed']>(null);
  const remove = useCallback((source: Source) => {
    const putBack = removeOwnSource(source.id);
    setRemoved({
      title: source.title,
      undo: () => {
        setRemoved(null);
        void putBack();
      },
    });
  }, []);
  return { remove, removed };
}

/** The pack's file name says what and when: steppe-sources-pack-2026-12-06.zip. */
const packFileName = () => `steppe-sources-pack-${new Date().toISOString().slice(0, 10)}.zip`;

/** Writes the pack, unless it would be refused when read back: then its faults are said instead. */
async function exportPack(own: SourcePack): Promise<Problem[]> {
  // The checks and the zip writer come with the first export (a chunk of their own).
  const [{ validateRecords }, { writePack }] = await Promise.all([
    import('../../records/checks/validate-records.ts'),
    import('../../packs/write-pack.ts'),
  ]);
  const problems = validateRecords(own, PACK_FILES, siteLinks()).problems;
  if (problems.length === 0)
    saveFile(
      new Blob([writePack(own) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      packFileName(),
    );
  return problems;
}

export function OwnSourcesSection({
  removal,
  onAddArticle,
}: {
  removal: OwnSourceRemoval;
  onAddArticle: () => void;
}) {
  const { t } = useT();
  const { own } = useDataState();
  const [problems, setProblems] = useState<Problem[]>([]);
  return (
    <section className="own-sources" aria-labelledby="own-sources-title">
      <h3 id="own-sources-title">{t('sources.yoursTitle')}</h3>
      {!isEmptyPack(own) && <p className="hint">{t('sources.yoursHint')}</p>}
      {removal.removed && (
        <p className="notice" role="status">
          {t('sources.removed', { title: removal.removed.title })}{' '}
          <button type="button" onClick={removal.removed.undo}>
            {t('sources.undo')}
          </button>
        </p>
      )}
      <button type="button" onClick={onAddArticle}>
        {t('author.addArticle')}
      </button>{' '}
      {!isEmptyPack(own) && (
        <button type="button" onClick={() => void exportPack(own).then(setProblems)}>
          {t('sources.exportYours')}
        </button>
      )}
      {problems.length > 0 && (
        <div className="notice" role="alert">
          <p>{t('sources.notExported', { count: problems.length })}</p>
          <ul className="pack-problems">
            {problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
