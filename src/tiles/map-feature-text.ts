/**
 * The one writer of the map's GeoJSON feature text (see map-events.ts), for events as objects and as column
 * slices. Kept apart from the selection code so the worker that writes it (map-part-worker.ts) stays small.
 */
import { columnValues, type EventColumns } from '../datasets/event-columns.ts';
import type { EventProperties } from '../records/schema.ts';
import { daySpanOf } from '../records/day-span.ts';

export type MapEventProperties = Pick<
  EventProperties,
  'id' | 'kind' | 'datePrecision' | 'placePrecision' | 'year' | 'abroad' | 'placeId'
> & {
  /** Only in a published archive's tiles: the event's sources as `,a,b,`, which a layer filter can search. */
  sources?: string;
  /** The first and last day the event may have happened on (records/day-span.ts); absent when undated. */
  dayFrom?: number;
  dayTo?: number;
};

export const sourcesKey = (sourceIds: readonly string[]) => `,${[...sourceIds].sort().join(',')},`;

export interface EventFeature {
  geometry: { coordinates: number[] };
  properties: EventProperties;
}

/**
 * One event as the map's GeoJSON feature, written as text (faster than building an object to stringify, which
 * matters at 100,000 events): kinds and precisions are fixed words, ids are escaped.
 */
function mapFeatureText(
  lon: number,
  lat: number,
  p: MapEventProperties,
  span: readonly [number, number] | null,
): string {
  return (
    `{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{` +
    `"id":${JSON.stringify(p.id)},"kind":"${p.kind}","datePrecision":"${p.datePrecision}",` +
    `"placePrecision":"${p.placePrecision}","year":${p.year ?? 'null'},"abroad":${p.abroad},` +
    (span ? `"dayFrom":${span[0]},"dayTo":${span[1]},` : '') +
    `"placeId":${JSON.stringify(p.placeId)}}}`
  );
}

/** Features as the inside of a FeatureCollection's array: joined by commas, no brackets. */
export function mapFeaturesPart(features: readonly EventFeature[]): string {
  return features
    .map((f) =>
      mapFeatureText(
        f.geometry.coordinates[0]!,
        f.geometry.coordinates[1]!,
        f.properties,
        daySpanOf(f.properties.datePrecision, f.properties.date),
      ),
    )
    .join(',');
}

/** A slice of events as columns (data/event-columns.ts), as the same text: the workers write it this way. */
export function columnsMapPart(c: EventColumns): string {
  const [id, kind, datePrecision, placePrecision, placeId, date] = (
    ['id', 'kind', 'datePrecision', 'placePrecision', 'placeId', 'date'] as const
  ).map((field) => columnValues(c, field));
  const parts: string[] = new Array(c.length);
  for (let i = 0; i < c.length; i++) {
    const year = c.year[i]!;
    parts[i] = mapFeatureText(
      c.lon[i]!,
      c.lat[i]!,
      {
        id: id![i]!,
        kind: kind![i] as MapEventProperties['kind'],
        datePrecision: datePrecision![i] as MapEventProperties['datePrecision'],
        placePrecision: placePrecision![i] as MapEventProperties['placePrecision'],
        year: Number.isNaN(year) ? null : year,
        abroad: c.abroad[i] === 1,
        placeId: placeId![i]!,
      },
      daySpanOf(datePrecision![i] as MapEventProperties['datePrecision'], date![i] ?? null),
    );
  }
  return parts.join(',');
}
