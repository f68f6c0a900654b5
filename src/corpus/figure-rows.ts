/**
 * The rows of an event's figures table: each article's claims and each linked dataset's figures, side by
 * side. Where any two disagree on a measure, every row of that measure is contested: a dataset's figure that
 * differs from the articles' marks them too. Never a sum or an average.
 */
import { MEASURES, type Claim, type EventProperties, type Measure } from '../records/schema.ts';

export type FigureRow =
  | { from: 'article'; key: string; measure: Measure; contested: boolean; claim: Claim }
  | {
      from: 'dataset';
      key: string;
      measure: Measure;
      contested: boolean;
      value: number;
      datasetId: string;
      row: number;
      column: string;
      /** The row's description (ACLED notes, GTD summary), verbatim. */
      passage: string | null;
    };

const claimValue = (c: Claim) => `${c.value ?? ''}-${c.valueMax ?? ''}-${c.valueText?.toLowerCase() ?? ''}`;

export function figureRows(claims: readonly Claim[], records: readonly EventProperties[]): FigureRow[] {
  const rows: FigureRow[] = claims.map((claim) => ({
    from: 'article',
    key: claim.id,
    measure: claim.measure,
    contested: claim.contested,
    claim,
  }));
  for (const e of records) {
    const imported = e.imported;
    if (!imported) continue;
    for (const f of imported.figures)
      rows.push({
        from: 'dataset',
        key: `${e.id}/${f.column}`,
        measure: f.measure,
        contested: false,
        value: f.value,
        datasetId: imported.datasetId,
        row: imported.row,
        column: f.column,
        passage: imported.passage,
      });
  }
  const values = new Map<Measure, Set<string>>();
  for (const r of rows) {
    const set = values.get(r.measure) ?? new Set<string>();
    set.add(r.from === 'article' ? claimValue(r.claim) : `${r.value}--`);
    values.set(r.measure, set);
  }
  const order = (r: FigureRow) => MEASURES.indexOf(r.measure);
  return rows
    .map((r) => ({ ...r, contested: r.contested || (values.get(r.measure)?.size ?? 0) > 1 }))
    .sort((a, b) => order(a) - order(b) || Number(a.from === 'dataset') - Number(b.from === 'dataset'));
}
