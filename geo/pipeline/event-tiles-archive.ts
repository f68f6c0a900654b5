/**
 * The events as one PMTiles archive, cut as the page's tile worker cuts them (geojson-vt, vt-pbf; aggregated
 * below AGGREGATE_BELOW_ZOOM), for a set too large to send to the page whole: the archive is read a tile at a
 * time by range requests. Tiles are cut down to ARCHIVE_MAX_ZOOM and overzoomed past it.
 */
import GeoJSONVT from 'geojson-vt';
import { AGGREGATE_BELOW_ZOOM, aggregateEvents } from '../../src/tiles/aggregate-events.ts';
import { EVENT_TILE_LAYER, EVENT_TILE_OPTIONS } from '../../src/tiles/event-tiles-messages.ts';
import type { EventProperties } from '../../src/records/schema.ts';
import { sourcesKey, type MapEventProperties } from '../../src/tiles/map-feature-text.ts';
import { cutTiles, layerOf } from './cut-tiles.ts';
import { daySpanOf } from '../../src/records/day-span.ts';
import { writePmtiles } from './write-pmtiles.ts';

/** At z12 a point keeps ~2 m of precision (1/4096 of a ~10 km tile); deeper zooms reuse these tiles. */
export const ARCHIVE_MAX_ZOOM = 12;

interface MapFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: MapEventProperties;
}

/** An event as the tiles hold it: what the layers, icons and clicks read (and its sources, for an archive). */
export function mapFeatureOf(
  f: { geometry: { coordinates: number[] }; properties: EventProperties },
  { withSources }: { withSources: boolean },
): MapFeature {
  const p = f.properties;
  const span = daySpanOf(p.datePrecision, p.date);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: f.geometry.coordinates },
    properties: {
      id: p.id, kind: p.kind, datePrecision: p.datePrecision, placePrecision: p.placePrecision, year: p.year,
      abroad: p.abroad, placeId: p.placeId, ...(withSources && { sources: sourcesKey(p.sourceIds) }),
      ...(span && { dayFrom: span[0], dayTo: span[1] }),
    },
  }; // prettier-ignore
}

export function eventTilesArchive(
  features: readonly MapFeature[],
  bounds: [number, number, number, number],
): Uint8Array {
  const collection = { type: 'FeatureCollection' as const, features: [...features] };
  const single = new GeoJSONVT(collection, {
    ...EVENT_TILE_OPTIONS,
    maxZoom: ARCHIVE_MAX_ZOOM,
    indexMaxZoom: 5,
  });
  const aggregated = new GeoJSONVT(aggregateEvents(features), {
    ...EVENT_TILE_OPTIONS,
    maxZoom: AGGREGATE_BELOW_ZOOM - 1,
  });
  const tiles = cutTiles(
    (z, x, y) => layerOf(EVENT_TILE_LAYER, z < AGGREGATE_BELOW_ZOOM ? aggregated : single, z, x, y),
    { minZoom: 0, maxZoom: ARCHIVE_MAX_ZOOM, extent: EVENT_TILE_OPTIONS.extent },
  );
  return writePmtiles(tiles, {
    metadata: {
      name: 'Steppe Sources events',
      vector_layers: [
        {
          id: EVENT_TILE_LAYER,
          fields: {
            id: 'String', kind: 'String', datePrecision: 'String', placePrecision: 'String', year: 'Number',
            abroad: 'Boolean', placeId: 'String', count: 'Number', members: 'String', sources: 'String',
            dayFrom: 'Number', dayTo: 'Number',
          },
        },
      ],
    }, // prettier-ignore
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 4],
  });
}
