import type { FigureRow } from '../data/figure-rows.ts';
import type { Claim } from '../data/schema.ts';
import { MEASURE_KEY } from '../i18n/vocabulary-keys.ts';
import { useT } from '../i18n/i18n-context.tsx';

function figure(c: Claim, noNumber: string): string {
  // A quantity the source gives only in words is quoted, so it never reads as our estimate.
  if (c.value === null) return `“${c.valueText ?? '?'}” (${noNumber})`;
  const value = c.valueMax === undefined ? String(c.value) : `${c.value}–${c.valueMax}`;
  return c.qualifier ? `${c.qualifier} ${value}` : value;
}

/**
 * One row per source and figure, datasets beside the articles; where they disagree every row says so. Each
 * article's name opens it at the passage that states the figure; a dataset's row names its row and column.
 */
export function ClaimsTable({
  rows,
  nameOf,
  onRead,
}: {
  rows: readonly FigureRow[];
  nameOf: (sourceOrDatasetId: string) => string;
  onRead: (excerptId: string) => void;
}) {
  const { t } = useT();
  return (
    <table className="claims">
      <caption>{t('claims.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('claims.figure')}</th>
          <th scope="col">{t('claims.value')}</th>
          <th scope="col">{t('claims.source')}</th>
          <th scope="col">{t('claims.attributedTo')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const c = r.from === 'article' ? r.claim : null;
          const name = nameOf(c ? c.sourceId : r.from === 'dataset' ? r.datasetId : '');
          return (
            <tr
              key={r.key}
              className={r.contested ? 'contested' : undefined}
              data-claim={c ? c.id : undefined}
              data-dataset-figure={r.from === 'dataset' ? r.key : undefined}
            >
              <th scope="row">{t(MEASURE_KEY[r.measure])}</th>
              <td>
                <span className="figure">
                  {c ? figure(c, t('claims.noNumber')) : r.from === 'dataset' ? String(r.value) : ''}
                </span>
                {r.contested && (
                  <span className="badge contested-badge" title={t('claims.contestedTitle')}>
                    {t('claims.contested')}
                  </span>
                )}
              </td>
              <td data-label={t('claims.source')}>
                {c ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('claims.readLabel', { name })}
                    title={t('claims.readTitle')}
                    onClick={() => onRead(c.excerptId)}
                  >
                    {name}
                  </button>
                ) : r.from === 'dataset' ? (
                  <span className="dataset-name">
                    {name}{' '}
                    <span className="dataset-cell">
                      ({t('claims.datasetCell', { row: r.row, column: r.column })})
                    </span>
                  </span>
                ) : null}
              </td>
              <td data-label={t('claims.attributedTo')}>{c?.attribution ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
