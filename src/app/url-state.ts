/**
 * The reader's selection in the query string: `year` (a year or `all`), `layers` (comma-separated event kinds
 * shown, plus `comparisons`), `place` (a place id), `sources` (comma-separated source ids shown), and the
 * article open in the reader: `passage` (an excerpt id, highlighted in its article) or `article` (a source id,
 * read from the top), so a link can cite a source's exact words.
 * Anything that makes no sense falls back to the default; parsing never throws. Ids and kinds are read in any
 * case and with stray spaces (`?place=Aktobe`), as normaliseId reads them.
 */
import { EVENT_KINDS, normaliseId, type EventKind } from '../records/schema.ts';
import { DEFAULT_SELECTION, type Reading, type Selection } from '../corpus/selection.ts';
import { parseLanguage } from '../i18n/languages.ts';

export interface Known {
  placeIds: ReadonlySet<string>;
  sourceIds: readonly string[];
  /** The excerpts by id, for the source each belongs to. */
  excerptById: ReadonlyMap<string, { sourceId: string }>;
  /** The timeline's years. */
  years: readonly number[];
}

const COMPARISONS = 'comparisons';

function parseYear(value: string | null, known: Known): number | null {
  if (value === null || value === 'all' || !/^\d{4}$/.test(value)) return DEFAULT_SELECTION.year;
  const year = Number(value);
  return known.years.includes(year) ? year : DEFAULT_SELECTION.year;
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
    year: parseYear(params.get('year'), known),
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
  if (s.year !== null) params.set('year', String(s.year));
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
