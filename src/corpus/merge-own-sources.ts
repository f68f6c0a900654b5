/**
 * The site's data with the reader's own sources in: their sources, passages and figures beside the articles',
 * their places and events on the map, a site event they report listing them among its sources, and every
 * figure marked contested again across both (a new source's 38 against an article's 41). Places of their own
 * have no oblast or border distance until the site is built with them (npm run add-sources). Pure.
 */
import {
  eventProperties,
  markContested,
  NO_GEOGRAPHY,
  placeIndex,
  placeProperties,
} from '../records/derive-records.ts';
import type { EventProperties, PlaceProperties } from '../records/schema.ts';
import type { KnownEvent, KnownRecords } from '../records/checks/check-links.ts';
import { LIKENESS, type TakenRecords } from '../packs/pack-clashes.ts';
import { isEmptyPack, type SourcePack } from '../packs/pack-layout.ts';
import type { AppData } from './load-data.ts';

type Index = PlaceProperties['index'];

function joinIndex(a: Index, b: Index): Index {
  const joined: Index = { ...a };
  for (const [year, entry] of Object.entries(b)) {
    const had = joined[year];
    joined[year] = had
      ? {
          eventIds: [...had.eventIds, ...entry.eventIds],
          excerptIds: [...had.excerptIds, ...entry.excerptIds],
        }
      : entry;
  }
  return joined;
}

export function withOwnSources(base: AppData, own: SourcePack): AppData {
  if (isEmptyPack(own)) return base;
  const baseEvents = base.events.features.map((f) => f.properties);
  const ownIndexed = { events: [...baseEvents, ...own.events], excerpts: own.excerpts };
  const touched = new Set([...own.excerpts.flatMap((x) => x.placeIds), ...own.events.map((e) => e.placeId)]);

  const siteIds = new Set(base.places.features.map((f) => f.properties.id));
  const places = base.places.features.map((f) =>
    touched.has(f.properties.id)
      ? {
          ...f,
          properties: {
            ...f.properties,
            index: joinIndex(f.properties.index, placeIndex(f.properties.id, ownIndexed)),
          },
        }
      : f,
  );
  for (const p of own.places)
    if (!siteIds.has(p.id))
      places.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.point.lon, p.point.lat] },
        properties: placeProperties(p, NO_GEOGRAPHY, placeIndex(p.id, ownIndexed)),
      });
  const placeById = new Map(places.map((f) => [f.properties.id, f]));

  // A site event a new source reports lists that source, so switching the source off or on counts it right.
  const reporters = new Map<string, Set<string>>();
  for (const x of own.excerpts)
    for (const id of x.eventIds) reporters.set(id, (reporters.get(id) ?? new Set()).add(x.sourceId));
  const reported = (e: EventProperties): EventProperties => {
    const more = [...(reporters.get(e.id) ?? [])].filter((id) => !e.sourceIds.includes(id));
    return more.length > 0 ? { ...e, sourceIds: [...e.sourceIds, ...more] } : e;
  };
  const events = base.events.features.map((f) => {
    const properties = reported(f.properties);
    return properties === f.properties ? f : { ...f, properties };
  });
  for (const e of own.events) {
    const place = placeById.get(e.placeId);
    if (!place) continue;
    const p = place.properties;
    events.push({
      type: 'Feature',
      geometry: place.geometry,
      properties: eventProperties(e, { precision: p.precision, country: p.country }),
    });
  }
  return {
    ...base,
    places: { ...base.places, features: places },
    // The map part the events file's worker wrote no longer holds every event: it is written again from these.
    events: { ...base.events, features: events, mapPart: undefined },
    sources: [...base.sources, ...own.sources],
    excerpts: [...base.excerpts, ...own.excerpts],
    claims: markContested([...base.claims, ...own.claims]),
  };
}

/** The site's places and events a pack may link to by id, and the reader's own beside them. */
export function linkableRecords(base: AppData, own: SourcePack): KnownRecords {
  return {
    placeIds: new Set([...base.places.features.map((f) => f.properties.id), ...own.places.map((p) => p.id)]),
    events: new Map<string, KnownEvent>([
      ...base.events.features.map((f) => [f.properties.id, f.properties] as const),
      ...own.events.map((e) => [e.id, e] as const),
    ]),
  };
}

/** Every id the site and the reader's own sources hold, with what each record is (pack-clashes.ts). */
export function takenRecords(base: AppData, own: SourcePack): TakenRecords {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const placeLikeness = (f: AppData['places']['features'][number]) =>
    JSON.stringify([
      f.properties.nameEn,
      f.properties.precision,
      f.properties.country,
      round(f.geometry.coordinates[0]!),
      round(f.geometry.coordinates[1]!),
    ]);
  const eventLikeness = (e: EventProperties) =>
    JSON.stringify([e.kind, e.date, e.datePrecision, e.placeId, e.summary]);
  return {
    sources: new Map([...base.sources, ...own.sources].map((s) => [s.id, LIKENESS.sources(s)])),
    places: new Map([
      ...base.places.features.map((f) => [f.properties.id, placeLikeness(f)] as const),
      ...own.places.map((p) => [p.id, LIKENESS.places(p)] as const),
    ]),
    events: new Map([
      ...base.events.features.map((f) => [f.properties.id, eventLikeness(f.properties)] as const),
      ...own.events.map((e) => [e.id, LIKENESS.events(e)] as const),
    ]),
    excerpts: new Map([...base.excerpts, ...own.excerpts].map((x) => [x.id, LIKENESS.excerpts(x)])),
    claims: new Map([...base.claims, ...own.claims].map((c) => [c.id, LIKENESS.claims(c)])),
  };
}
