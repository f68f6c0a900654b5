/**
 * Export files are named by what they hold and when they were made, so a folder of them sorts and reads:
 * `steppe-sources_2016_attack-protest_2026-12-01.csv`, `steppe-sources_2022-01-04_2022-01-06_all-layers_…`, `…_claims.csv`, `…_sources.bib`.
 */
import { EVENT_KINDS } from '../records/schema.ts';
import type { Selection } from '../corpus/selection.ts';
import { writeRange } from '../records/day-span.ts';

export function exportFileName(
  selection: Pick<Selection, 'range' | 'kinds'>,
  made: Date,
  what: { part?: string; extension: string },
): string {
  const year = rangeName(selection.range);
  const kinds = EVENT_KINDS.filter((k) => selection.kinds.has(k));
  const layers =
    kinds.length === EVENT_KINDS.length ? 'all-layers' : kinds.length === 0 ? 'no-layers' : kinds.join('-');
  const day = made.toISOString().slice(0, 10);
  const part = what.part ? `_${what.part}` : '';
  return `steppe-sources_${year}_${layers}_${day}${part}.${what.extension}`;
}

/** The range as a file name writes it: `all-years`, `2016`, `2011_2016`, `2022-01-04_2022-01-06`. */
function rangeName(range: Selection['range']): string {
  if (range === null) return 'all-years';
  const { from, to } = writeRange(range);
  return from === to ? from : `${from}_${to}`;
}
