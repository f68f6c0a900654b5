/**
 * Export files are named by what they hold and when they were made, so a folder of them sorts and reads:
 * `steppe-sources_2016_attack-protest_2026-12-01.csv`, `…_claims.csv`, `…_sources.bib`.
 */
import { EVENT_KINDS } from '../records/schema.ts';
import type { Selection } from '../corpus/selection.ts';

export function exportFileName(
  selection: Pick<Selection, 'year' | 'kinds'>,
  made: Date,
  what: { part?: string; extension: string },
): string {
  const year = selection.year === null ? 'all-years' : String(selection.year);
  const kinds = EVENT_KINDS.filter((k) => selection.kinds.has(k));
  const layers =
    kinds.length === EVENT_KINDS.length ? 'all-layers' : kinds.length === 0 ? 'no-layers' : kinds.join('-');
  const day = made.toISOString().slice(0, 10);
  const part = what.part ? `_${what.part}` : '';
  return `steppe-sources_${year}_${layers}_${day}${part}.${what.extension}`;
}
