/** The hand-written files under geo/ and the shapes they take on the way through the build. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type {
  ClaimRecord,
  EventRecord,
  ExcerptRecord,
  PlaceRecord,
  SourceRecord,
} from '../../src/records/schema.ts';

export const FILES = {
  sources: 'geo/sources/sources.json',
  places: 'geo/places.json',
  events: 'geo/events.json',
  excerpts: 'geo/excerpts.json',
  claims: 'geo/claims.json',
} as const;

export interface RawGeo {
  sources: unknown;
  places: unknown;
  events: unknown;
  excerpts: unknown;
  claims: unknown;
  /** Source texts by file name, as decoded from UTF-8. */
  texts: ReadonlyMap<string, string>;
  countries: FeatureCollection<Polygon | MultiPolygon>;
}

export interface GeoRecords {
  sources: SourceRecord[];
  places: PlaceRecord[];
  events: EventRecord[];
  excerpts: ExcerptRecord[];
  claims: ClaimRecord[];
  texts: ReadonlyMap<string, string>;
}
