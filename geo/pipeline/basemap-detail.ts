/**
 * The basemap's detail for zooms 5 to 10 (lakes and coasts, rivers, reference towns; geo/basemap/detail/) as
 * one PMTiles archive the page reads by range requests only once the reader zooms in. Checks every geometry
 * (valid, inside the map frame), names the major rivers on the lines their points lie beside, and gives each
 * town its Russian and Kazakh names; any fault is a build problem naming the file, the record and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { BASEMAP_FRAME, DETAIL_MAX_ZOOM, DETAIL_MIN_ZOOM } from '../../src/records/map-frame.ts';
import type { Problem } from '../../src/records/checks/problems.ts';
import { cutTiles, layerOf } from './cut-tiles.ts';
import { writePmtiles } from './write-pmtiles.ts';

/** A river's point must lie this close to its line. */
const RIVER_NAME_KM = 30;
const EXTENT = 4096;

interface RiverName {
  en: string;
  ru: string;
  kk: string;
  near: [number, number];
  at: string;
}

export interface BasemapDetail {
  water: FeatureCollection<Polygon>;
  rivers: FeatureCollection<LineString>;
  towns: FeatureCollection<Point>;
}

const [WEST, SOUTH, EAST, NORTH] = BASEMAP_FRAME;

function checkGeometry(file: string, features: readonly Feature[], problems: Problem[]): void {
  features.forEach((f, i) => {
    const record = `feature ${i + 1}`;
    // turf's validity check passes a ring that crosses itself (a bow tie): its crossings are looked for too.
    const crosses = f.geometry.type === 'Polygon' && turf.kinks(f as Feature<Polygon>).features.length > 0;
    if (!turf.booleanValid(f) || crosses)
      problems.push({ file, record, field: 'geometry', message: 'is not a valid geometry' });
    const [w, s, e, n] = turf.bbox(f);
    if (w < WEST || e > EAST || s < SOUTH || n > NORTH)
      problems.push({
        file,
        record,
        field: 'geometry',
        message: `lies outside the map frame (${WEST}–${EAST}° E, ${SOUTH}–${NORTH}° N)`,
      });
  });
}

/** Reads, checks and names the detail; `problems` collects what is wrong. */
export function readBasemapDetail(root: string, problems: Problem[]): BasemapDetail {
  const dir = join(root, 'geo/basemap');
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  const water = read<FeatureCollection<Polygon>>('detail/water.geojson');
  const rivers = read<FeatureCollection<LineString>>('detail/rivers.geojson');
  const towns = read<FeatureCollection<Point>>('detail/towns.geojson');
  checkGeometry('geo/basemap/detail/water.geojson', water.features, problems);
  checkGeometry('geo/basemap/detail/rivers.geojson', rivers.features, problems);
  checkGeometry('geo/basemap/detail/towns.geojson', towns.features, problems);

  const { rivers: names } = read<{ rivers: RiverName[] }>('river-names.json');
  names.forEach((river, i) => {
    const point = turf.point(river.near);
    let best: { km: number; line: Feature<LineString> } | null = null;
    for (const line of rivers.features) {
      const km = turf.pointToLineDistance(point, line);
      if (!best || km < best.km) best = { km, line };
    }
    if (!best || best.km > RIVER_NAME_KM)
      problems.push({
        file: 'geo/basemap/river-names.json',
        record: `river ${i + 1} (${river.en} at ${river.at})`,
        field: 'near',
        message: `no river line within ${RIVER_NAME_KM} km (nearest ${best ? Math.round(best.km) : '—'} km)`,
      });
    else Object.assign(best.line.properties!, { nameEn: river.en, nameRu: river.ru, nameKk: river.kk });
  });

  const { names: townNames } = read<{ names: Record<string, { ru: string; kk: string }> }>('town-names.json');
  towns.features.forEach((town, i) => {
    const id = String(town.properties!.geonameId);
    const named = townNames[id];
    if (!named)
      problems.push({
        file: 'geo/basemap/town-names.json',
        record: `town ${i + 1} (${town.properties!.nameEn}, GeoNames ${id})`,
        field: 'names',
        message: 'has no Russian and Kazakh names',
      });
    else Object.assign(town.properties!, { nameRu: named.ru, nameKk: named.kk });
  });
  return { water, rivers, towns };
}

/** Every tile of the three layers from DETAIL_MIN_ZOOM to DETAIL_MAX_ZOOM, in one archive. */
export function basemapDetailArchive(detail: BasemapDetail): Uint8Array {
  const layers = Object.entries(detail).map(
    ([name, collection]) =>
      [
        name,
        new GeoJSONVT(collection as never, {
          maxZoom: DETAIL_MAX_ZOOM,
          indexMaxZoom: 5,
          extent: EXTENT,
          buffer: 64,
          tolerance: 3,
        }),
      ] as const,
  );
  // Each tile with the layers that hold something there.
  const tiles = cutTiles(
    (z, x, y) => Object.assign({}, ...layers.map(([name, index]) => layerOf(name, index, z, x, y))),
    { minZoom: DETAIL_MIN_ZOOM, maxZoom: DETAIL_MAX_ZOOM, extent: EXTENT },
  );
  const [w, s, e, n] = turf.bbox(detail.water);
  return writePmtiles(tiles, {
    metadata: {
      name: 'Steppe Sources basemap detail',
      attribution: 'GSHHG (LGPL); © OpenStreetMap contributors (ODbL); GeoNames (CC BY 4.0)',
      vector_layers: [
        { id: 'water', fields: { kind: 'String', areaKm2: 'Number' } },
        { id: 'rivers', fields: { class: 'Number', nameEn: 'String', nameRu: 'String', nameKk: 'String' } },
        {
          id: 'towns',
          fields: { nameEn: 'String', nameRu: 'String', nameKk: 'String', population: 'Number' },
        },
      ],
    },
    bounds: [w, s, e, n],
    center: [(w + e) / 2, (s + n) / 2, DETAIL_MIN_ZOOM],
  });
}
