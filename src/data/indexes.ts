/** Lookups by id, built once per load so panels never search arrays. */
import type { AppData } from './load-data.ts';
import type { Claim, EventProperties, Excerpt, PlaceProperties, Source } from './schema.ts';

export interface Indexes {
  placeById: Map<string, PlaceProperties>;
  eventById: Map<string, EventProperties>;
  sourceById: Map<string, Source>;
  excerptById: Map<string, Excerpt>;
  claimsByEvent: Map<string, Claim[]>;
  placeIdsBySource: Map<string, string[]>;
  events: EventProperties[];
  places: PlaceProperties[];
}

export function buildIndexes(data: AppData): Indexes {
  const claimsByEvent = new Map<string, Claim[]>();
  for (const c of data.claims) claimsByEvent.set(c.eventId, [...(claimsByEvent.get(c.eventId) ?? []), c]);
  const placeIdsBySource = new Map<string, string[]>();
  for (const x of data.excerpts) {
    const ids = placeIdsBySource.get(x.sourceId) ?? [];
    for (const id of x.placeIds) if (!ids.includes(id)) ids.push(id);
    placeIdsBySource.set(x.sourceId, ids);
  }
  const places = data.places.features.map((f) => f.properties);
  const events = data.events.features.map((f) => f.properties);
  return {
    placeById: new Map(places.map((p) => [p.id, p])),
    eventById: new Map(events.map((e) => [e.id, e])),
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    excerptById: new Map(data.excerpts.map((x) => [x.id, x])),
    claimsByEvent,
    placeIdsBySource,
    events,
    places,
  };
}
