/**
 * The reader's selection in the query string: `from` and `to` (the range, each `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`; `year=2016` is read as `from=2016&to=2016`, so older links still work), `wholly` (only events
 * wholly inside the range), `layers` (comma-separated event kinds
 * shown, plus `comparisons`), `place` (a place id), `sources` (comma-separated source ids shown), and the
 * article open in the reader: `passage` (an excerpt id, highlighted in its article) or `article` (a source id,
 * read from the top), so a link can cite a source's exact words.
 * Anything that makes no sense falls back to the default; parsing never throws. Ids and kinds are read in any
 * case and with stray spaces (`?place=Aktobe`), as normaliseId reads them.
 */
import { EVENT_KINDS, normaliseId, type EventKind } from '../records/schema.ts';
import { DEFAULT_SELECTION, type Reading, type Selection } from '../corpus/selection.ts';
import { parseLanguage } from '../i18n/languages.ts';
import { parseDateSpan, writeRange, type DaySpan } from '../records/day-span.ts';
import { yearsSpan } from '../corpus/time/time-bins.ts';

export interface Known {
  placeIds: ReadonlySet<string>;
  sourceIds: readonly string[];
  /** The excerpts by id, for the source each belongs to. */
  excerptById: ReadonlyMap<string, { sourceId: string }>;
  /** The timeline's years. */
  years: readonly number[];
}

const COMPARISONS = 'comparisons';

/**
 * The range: `from` and `to` as written (the start of the first, the end of the second), a missing end
 * reaching the timeline's end, the ends swapped when written the wrong way round; else `year` when it is a year
 * of the timeline. Anything else is all time.
 */
function parseRange(params: URLSearchParams, known: Known): DaySpan | null {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const first = from === null ? null : parseDateSpan(from);
    const last = to === null ? null : parseDateSpan(to);
    if ((from !== null && !first) || (to !== null && !last) || known.years.length === 0) {
      return DEFAULT_SELECTION.range;
    }
    const timeline = yearsSpan(known.years[0]!, known.years[known.years.length - 1]!);
    const a = first ?? { from: timeline.from, to: timeline.from };
    const b = last ?? { from: timeline.to, to: timeline.to };
    return a.from <= b.to ? { from: a.from, to: b.to } : { from: b.from, to: a.to };
  }
  const year = params.get('year');
  if (year === null || !/^\d{4}$/.test(year) || !known.years.includes(Number(year))) {
    return DEFAULT_SELECTION.range;
  }
  return yearsSpan(Number(year), Number(year));
}

function parseLayers(value: string | null): Pick<Selection, 'kinds' | 'comparisons'> {
  if (value === null) return { kinds: DEFAULT_SELECTION.kinds, comparisons: DEFAULT_SELECTION.comparisons };
  const tokens = value.split(',').map(normaliseId);
  const kinds = new Set(tokens.filter((t): t is EventKind => (EVENT_KINDS as readonly string[]).includes(t)));
  const comparisons = tokens.includes(COMPARISONS);
  // A list of nothing but nonsense is not a request to hide everything.
  if (kinds.size === 0 && !comparisons && value !== '') {
    return { kinds: DEFAULT_SELECTION.kinds, comparisons: DEFAULT_SELECTION.comparisons };
  }
  return { kinds, comparisons };
}

function parseSources(value: string | null, known: Known): ReadonlySet<string> {
  if (value === null) return DEFAULT_SELECTION.hiddenSources;
  const shown = new Set(
    value
      .split(',')
      .map(normaliseId)
      .filter((id) => known.sourceIds.includes(id)),
  );
  if (shown.size === 0 && value !== '') return DEFAULT_SELECTION.hiddenSources;
  return new Set(known.sourceIds.filter((id) => !shown.has(id)));
}

/** A passage names its own article; with both given, the passage wins (it says more). */
function parseReading(passage: string | null, article: string | null, known: Known): Reading | null {
  const excerptId = passage === null ? null : normaliseId(passage);
  const excerpt = excerptId === null ? undefined : known.excerptById.get(excerptId);
  if (excerptId !== null && excerpt !== undefined) return { sourceId: excerpt.sourceId, excerptId };
  const sourceId = article === null ? null : normaliseId(article);
  if (sourceId !== null && known.sourceIds.includes(sourceId)) return { sourceId, excerptId: null };
  return DEFAULT_SELECTION.reading;
}

export function parseSelection(search: string, known: Known): Selection {
  const params = new URLSearchParams(search);
  const place = params.get('place');
  const placeId = place === null ? null : normaliseId(place);
  return {
    range: parseRange(params, known),
    wholly: params.get('wholly') === '1',
    ...parseLayers(params.get('layers')),
    hiddenSources: parseSources(params.get('sources'), known),
    placeId: placeId !== null && known.placeIds.has(placeId) ? placeId : null,
    reading: parseReading(params.get('passage'), params.get('article'), known),
    lang: parseLanguage(params.get('lang')),
  };
}

/** Only what differs from the default is written, so a plain view has a plain URL. */
export function serialiseSelection(s: Selection, known: Known): string {
  const params = new URLSearchParams();
  if (s.range !== null) {
    const { from, to } = writeRange(s.range);
    params.set('from', from);
    params.set('to', to);
    if (s.wholly) params.set('wholly', '1');
  }
  const allKinds = EVENT_KINDS.every((k) => s.kinds.has(k));
  if (!allKinds || !s.comparisons) {
    params.set(
      'layers',
      [...EVENT_KINDS.filter((k) => s.kinds.has(k)), ...(s.comparisons ? [COMPARISONS] : [])].join(','),
    );
  }
  if (s.placeId !== null) params.set('place', s.placeId);
  if (s.hiddenSources.size > 0)
    params.set('sources', known.sourceIds.filter((id) => !s.hiddenSources.has(id)).join(','));
  if (s.reading?.excerptId) params.set('passage', s.reading.excerptId);
  else if (s.reading) params.set('article', s.reading.sourceId);
  if (s.lang) params.set('lang', s.lang);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
