/**
 * What the records say without anyone typing it, needing no map geometry: which claims are contested, each
 * place's index by year, and the map features of places and events. Shared by the data build (which adds each
 * place's oblast and border distance, geo/pipeline/derive.ts) and the page (which shows a source pack before
 * it is published, without them).
 */
import {
  yearOf,
  type Claim,
  type ClaimRecord,
  type EventProperties,
  type EventRecord,
  type ExcerptRecord,
  type PlaceProperties,
  type PlaceRecord,
} from './schema.ts';

/**
 * Claims on the same event and measure that disagree are all contested; agreeing ones are not. A quantity
 * given only in words ("scores") beside a number (38) counts as disagreeing: nothing says they agree.
 */
export function markContested(claims: readonly ClaimRecord[]): Claim[] {
  const figures = new Map<string, Set<string>>();
  const key = (c: ClaimRecord) => `${c.eventId}|${c.measure}`;
  for (const c of claims) {
    const set = figures.get(key(c)) ?? new Set<string>();
    set.add(`${c.value ?? ''}-${c.valueMax ?? ''}-${c.valueText?.toLowerCase() ?? ''}`);
    figures.set(key(c), set);
  }
  return claims.map((c) => ({ ...c, contested: (figures.get(key(c))?.size ?? 0) > 1 }));
}

interface Indexed {
  events: ReadonlyArray<Pick<EventRecord, 'id' | 'date' | 'placeId'>>;
  excerpts: readonly ExcerptRecord[];
}

type Dated = ReadonlyMap<string, Pick<EventRecord, 'date'>>;

/** The events by id, for the dates of those a passage reports. */
export const datesOf = (events: Indexed['events']): Dated => new Map(events.map((e) => [e.id, e]));

/**
 * A place's events and passages keyed by year ("2016") or "undated", so a panel needs no search. `dates`: the
 * events the passages may report, by id, when they are more than `records.events` (made once by the caller).
 */
export function placeIndex(
  placeId: string,
  records: Indexed,
  dates: Dated = datesOf(records.events),
): PlaceProperties['index'] {
  const index: PlaceProperties['index'] = {};
  const bucket = (key: string) => (index[key] ??= { eventIds: [], excerptIds: [] });
  for (const e of records.events) {
    if (e.placeId === placeId) bucket(String(yearOf(e.date) ?? 'undated')).eventIds.push(e.id);
  }
  for (const x of records.excerpts) {
    if (!x.placeIds.includes(placeId)) continue;
    // An excerpt is filed under the years of the events it reports; one that reports none is undated.
    const years = new Set(x.eventIds.map((id) => String(yearOf(dates.get(id)?.date ?? null) ?? 'undated')));
    if (years.size === 0) years.add('undated');
    for (const year of years) bucket(year).excerptIds.push(x.id);
  }
  return index;
}

/** The derived fields only the data build can give (it has the oblast and border geometry). */
export type PlaceGeography = Pick<
  PlaceProperties,
  'oblast' | 'oblastCode' | 'oblastMethod' | 'oblastsNearby' | 'borderDistanceKm'
>;

export const NO_GEOGRAPHY: PlaceGeography = {
  oblast: null,
  oblastCode: null,
  oblastMethod: null,
  oblastsNearby: null,
  borderDistanceKm: null,
};

export function placeProperties(
  p: PlaceRecord,
  geography: PlaceGeography,
  index: PlaceProperties['index'],
): PlaceProperties {
  return {
    id: p.id,
    nameEn: p.names.en,
    nameRu: p.names.ru,
    nameKk: p.names.kk,
    variants: p.variants,
    precision: p.precision,
    country: p.country,
    offshore: p.offshore ?? false,
    ...geography,
    pointSource: p.point.source,
    index,
  };
}

export function eventProperties(
  e: EventRecord,
  place: Pick<PlaceRecord, 'precision' | 'country'>,
): EventProperties {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    datePrecision: e.datePrecision,
    dateNote: e.dateNote ?? null,
    year: yearOf(e.date),
    placeId: e.placeId,
    placePrecision: place.precision,
    abroad: place.country !== 'KZ',
    summary: e.summary,
    sourceIds: e.sourceIds,
  };
}
