/** The hand-written files under geo/ and the shapes they take on the way through the build. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { GEO_FILES } from '../../src/records/checks/record-files.ts';
import type { RawRecords, RecordSet } from '../../src/records/checks/validate-records.ts';

/** The five record files (the texts' folder apart). */
export const FILES = {
  sources: GEO_FILES.sources,
  places: GEO_FILES.places,
  events: GEO_FILES.events,
  excerpts: GEO_FILES.excerpts,
  claims: GEO_FILES.claims,
} as const;

export interface RawGeo extends RawRecords {
  countries: FeatureCollection<Polygon | MultiPolygon>;
}

export type GeoRecords = RecordSet;
