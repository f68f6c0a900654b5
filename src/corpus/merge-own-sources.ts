/**
 * The site's data with the reader's own sources in: their sources, passages and figures beside the articles',
 * their places and events on the map, a site event they report listing them among its sources, and every
 * figure marked contested again across both (a new source's 38 against an article's 41). Places of their own
 * have no oblast or border distance until the site is built with them (npm run add-sources). Pure.
 */
import {
  datesOf,
  eventProperties,
  markContested,
  NO_GEOGRAPHY,
  placeIndex,
  placeProperties,
} from '../records/derive-records.ts';
import type { PlaceProperties } from '../records/schema.ts';
import type { KnownEvent, KnownRecords } from '../records/checks/check-links.ts';
import { eventLikeness, placeLikeness, takenBy, type TakenRecords } from '../packs/pack-clashes.ts';
import { withReporters } from '../packs/own-sources.ts';
import { EMPTY_PACK, isEmptyPack, type SourcePack } from '../packs/pack-layout.ts';
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
  // What the reader's sources add to each place's index: their events and passages (the site's are in it
  // already), a passage filed under the year of the event it reports, the site's or theirs.
  const ownIndexed = { events: own.events, excerpts: own.excerpts };
  const dates = datesOf([...baseEvents, ...own.events]);
  const touched = new Set([...own.excerpts.flatMap((x) => x.placeIds), ...own.events.map((e) => e.placeId)]);

  const siteIds = new Set(base.places.features.map((f) => f.properties.id));
  const places = base.places.features.map((f) =>
    touched.has(f.properties.id)
      ? {
          ...f,
          properties: {
            ...f.properties,
            index: joinIndex(f.properties.index, placeIndex(f.properties.id, ownIndexed, dates)),
          },
        }
      : f,
  );
  for (const p of own.places)
    if (!siteIds.has(p.id))
      places.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.point.lon, p.point.lat] },
        properties: placeProperties(p, NO_GEOGRAPHY, placeIndex(p.id, ownIndexed, dates)),
      });
  const placeById = new Map(places.map((f) => [f.properties.id, f]));

  // A site event a new source reports lists it among its sources.
  const reported = withReporters(baseEvents, own.excerpts);
  const events = base.events.features.map((f, i) =>
    reported[i] === f.properties ? f : { ...f, properties: reported[i]! },
  );
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
  const ofOwn = takenBy(own);
  return {
    sources: new Map([...takenBy({ ...EMPTY_PACK, sources: base.sources }).sources, ...ofOwn.sources]),
    places: new Map([
      ...base.places.features.map((f) => {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const { nameEn: name, precision, country } = f.properties;
        return [f.properties.id, placeLikeness({ name, precision, country, lon, lat })] as const;
      }),
      ...ofOwn.places,
    ]),
    events: new Map([
      ...base.events.features.map((f) => [f.properties.id, eventLikeness(f.properties)] as const),
      ...ofOwn.events,
    ]),
    excerpts: new Map([...takenBy({ ...EMPTY_PACK, excerpts: base.excerpts }).excerpts, ...ofOwn.excerpts]),
    claims: new Map([...takenBy({ ...EMPTY_PACK, claims: base.claims }).claims, ...ofOwn.claims]),
  };
}
