import { MEASURES, type Claim, type Source } from '../data/schema.ts';
import { MEASURE_LABEL } from '../data/vocabulary.ts';

function figure(c: Claim): string {
  // A quantity the source gives only in words is quoted, so it never reads as our estimate.
  if (c.value === null) return `“${c.valueText ?? '?'}” (no number given)`;
  const value = c.valueMax === undefined ? String(c.value) : `${c.value}–${c.valueMax}`;
  return c.qualifier ? `${c.qualifier} ${value}` : value;
}

/**
 * One row per source and figure; where sources disagree every row says so. Never a sum or an average.
 * Each source's name opens its article at the passage that states the figure.
 */
export function ClaimsTable({
  claims,
  sourceById,
  onRead,
}: {
  claims: readonly Claim[];
  sourceById: Map<string, Source>;
  onRead: (excerptId: string) => void;
}) {
  // Measures in a reader's order (killed, injured, detained, wanted, took part); sources side by side.
  const rows = [...claims].sort(
    (a, b) =>
      MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) || a.sourceId.localeCompare(b.sourceId),
  );
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
        {rows.map((c) => {
          const publisher = sourceById.get(c.sourceId)?.publisher ?? c.sourceId;
          return (
            <tr key={c.id} className={c.contested ? 'contested' : undefined} data-claim={c.id}>
              <th scope="row">{MEASURE_LABEL[c.measure]}</th>
              <td>
                <span className="figure">{figure(c)}</span>
                {c.contested && (
                  <span
                    className="badge contested-badge"
                    title="Other sources give a different figure for this"
                  >
                    contested
                  </span>
                )}
              </td>
              <td data-label="Source">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${publisher}: read where it says this`}
                  title="Read where this source says this"
                  onClick={() => onRead(c.excerptId)}
                >
                  {publisher}
                </button>
              </td>
              <td data-label="Attributed to">{c.attribution ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
