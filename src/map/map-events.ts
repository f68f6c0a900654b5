/**
 * The events as the map gets them: those at least one switched-on source reports, each with only the
 * properties its layers, icons and clicks read, written as GeoJSON text into a blob for the tile worker
 * (event-tiles.ts). A blob costs nothing to hand over; 100,000 features as objects would be copied on the
 * page's thread. A large set's part is written once, by the worker that read it (import, or a large events
 * file) or the first time it is drawn, and joined to the rest without being read again.
 */
import { columnValues, type EventColumns } from '../data/event-columns.ts';
import type { EventProperties } from '../data/schema.ts';
import { reportedByVisibleSource } from '../data/selection.ts';

export type MapEventProperties = Pick<
  EventProperties,
  'id' | 'kind' | 'datePrecision' | 'placePrecision' | 'year' | 'abroad' | 'placeId'
>;

interface EventFeature {
  geometry: { coordinates: number[] };
  properties: EventProperties;
}

/**
 * One event as the map's GeoJSON feature, written as text (faster than building an object to stringify, which
 * matters at 100,000 events): kinds and precisions are fixed words, ids are escaped.
 */
function mapFeatureText(lon: number, lat: number, p: MapEventProperties): string {
  return (
    `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{` +
    `"id":${JSON.stringify(p.id)},"kind":"${p.kind}","datePrecision":"${p.datePrecision}",` +
    `"placePrecision":"${p.placePrecision}","year":${p.year ?? 'null'},"abroad":${p.abroad},` +
    `"placeId":${JSON.stringify(p.placeId)}}}`
  );
}

/** Features as the inside of a FeatureCollection's array: joined by commas, no brackets. */
export function mapFeaturesPart(features: readonly EventFeature[]): string {
  return features
    .map((f) => mapFeatureText(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!, f.properties))
    .join(',');
}

/** A slice of events as columns (data/event-columns.ts), as the same text: the workers write it this way. */
export function columnsMapPart(c: EventColumns): string {
  const [id, kind, datePrecision, placePrecision, placeId] = (
    ['id', 'kind', 'datePrecision', 'placePrecision', 'placeId'] as const
  ).map((field) => columnValues(c, field));
  const parts: string[] = new Array(c.length);
  for (let i = 0; i < c.length; i++) {
    const year = c.year[i]!;
    parts[i] = mapFeatureText(c.lon[i]!, c.lat[i]!, {
      id: id![i]!,
      kind: kind![i] as MapEventProperties['kind'],
      datePrecision: datePrecision![i] as MapEventProperties['datePrecision'],
      placePrecision: placePrecision![i] as MapEventProperties['placePrecision'],
      year: Number.isNaN(year) ? null : year,
      abroad: c.abroad[i] === 1,
      placeId: placeId![i]!,
    });
  }
  return parts.join(',');
}

/** A dataset's part of the map's GeoJSON, written once per dataset. */
const parts = new WeakMap<object, Blob>();
export function datasetPart(dataset: { events: readonly EventFeature[]; mapPart?: Blob }): Blob {
  let part = dataset.mapPart ?? parts.get(dataset);
  if (!part) {
    part = new Blob([mapFeaturesPart(dataset.events)]);
    parts.set(dataset, part);
  }
  return part;
}

/**
 * The GeoJSON of every event shown, as a blob: the articles' events (or a loaded events file) filtered by the
 * sources switched on, then each dataset switched on, whole.
 */
export function mapEventsBlob(
  baseEvents: readonly EventFeature[],
  datasets: ReadonlyArray<{ id: string; part: Blob }>,
  hidden: ReadonlySet<string>,
  /** The base events' part as the worker that checked them wrote it, used while none of them is hidden. */
  basePart?: Blob,
): Blob {
  const chunks: BlobPart[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  const add = (part: BlobPart, empty: boolean) => {
    if (empty) return;
    if (!first) chunks.push(',');
    chunks.push(part);
    first = false;
  };
  const base = baseEvents.filter((f) => reportedByVisibleSource(f.properties, hidden));
  if (basePart && base.length === baseEvents.length) add(basePart, basePart.size === 0);
  else add(mapFeaturesPart(base), base.length === 0);
  for (const d of datasets) if (!hidden.has(d.id)) add(d.part, d.part.size === 0);
  chunks.push(']}');
  return new Blob(chunks, { type: 'application/geo+json' });
}

/** The years (null: undated) of the events shown: the map needs a layer for each. */
export function eventYears(
  baseEvents: readonly EventProperties[],
  datasets: ReadonlyArray<{ id: string; index: { years: ReadonlySet<number | null> } }>,
  hidden: ReadonlySet<string>,
): Array<number | null> {
  const years = new Set<number | null>();
  for (const e of baseEvents) if (!years.has(e.year) && reportedByVisibleSource(e, hidden)) years.add(e.year);
  for (const d of datasets) if (!hidden.has(d.id)) for (const year of d.index.years) years.add(year);
  return [...years];
}
