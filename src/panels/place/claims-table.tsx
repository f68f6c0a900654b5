import type { FigureRow } from '../../corpus/figure-rows.ts';
import type { Claim, Translations } from '../../records/schema.ts';
import { attributionWords } from '../../i18n/our-words.ts';
import { MEASURE_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';

/** The figure as the source gives it: its own words (a hedge, a quantity without a number) marked as English. */
function Figure({ claim: c, noNumber }: { claim: Claim; noNumber: string }) {
  // A quantity the source gives only in words is quoted, so it never reads as our estimate.
  if (c.value === null)
    return (
      <>
        “<span lang="en">{c.valueText ?? '?'}</span>” ({noNumber})
      </>
    );
  const value = c.valueMax === undefined ? String(c.value) : `${c.value}–${c.valueMax}`;
  return c.qualifier ? (
    <>
      <span lang="en">{c.qualifier}</span> {value}
    </>
  ) : (
    <>{value}</>
  );
}

/** Whom the source attributes the figure to, in our words and the reader's language where we have them. */
function Attribution({ text, translations }: { text: string | undefined; translations: Translations }) {
  const { t, lang } = useT();
  const words = text === undefined ? null : attributionWords(translations, lang, text);
  return (
    <td data-label={t('claims.attributedTo')} lang={words?.lang}>
      {words?.text ?? '—'}
    </td>
  );
}

/**
 * One row per source and figure, datasets beside the articles; where they disagree every row says so. Each
 * article's name opens it at the passage that states the figure; a dataset's row names its row and column.
 */
export function ClaimsTable({
  rows,
  nameOf,
  onRead,
  translations,
}: {
  rows: readonly FigureRow[];
  translations: Translations;
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
                  {c ? (
                    <Figure claim={c} noNumber={t('claims.noNumber')} />
                  ) : r.from === 'dataset' ? (
                    String(r.value)
                  ) : (
                    ''
                  )}
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
              <Attribution text={c?.attribution} translations={translations} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
