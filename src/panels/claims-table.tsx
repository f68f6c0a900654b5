import type { FigureRow } from '../data/figure-rows.ts';
import type { Claim } from '../data/schema.ts';
import { MEASURE_LABEL } from '../data/vocabulary.ts';

function figure(c: Claim): string {
  // A quantity the source gives only in words is quoted, so it never reads as our estimate.
  if (c.value === null) return `“${c.valueText ?? '?'}” (no number given)`;
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
  return (
    <table className="claims">
      <caption>Figures as each source states them</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
          <th scope="col">Attributed to</th>
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
              <th scope="row">{MEASURE_LABEL[r.measure]}</th>
              <td>
                <span className="figure">{c ? figure(c) : r.from === 'dataset' ? String(r.value) : ''}</span>
                {r.contested && (
                  <span
                    className="badge contested-badge"
                    title="Other sources give a different figure for this"
                  >
                    contested
                  </span>
                )}
              </td>
              <td data-label="Source">
                {c ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`${name}: read where it says this`}
                    title="Read where this source says this"
                    onClick={() => onRead(c.excerptId)}
                  >
                    {name}
                  </button>
                ) : r.from === 'dataset' ? (
                  <span className="dataset-name">
                    {name}{' '}
                    <span className="dataset-cell">
                      (dataset, row {r.row}, {r.column})
                    </span>
                  </span>
                ) : null}
              </td>
              <td data-label="Attributed to">{c?.attribution ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
