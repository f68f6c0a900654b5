/**
 * The walk both archives share (the events', the basemap detail's): from z0 down, a tile with nothing in
 * any layer is not descended into, and each tile from `minZoom` to `maxZoom` that holds something is encoded
 * as a vector tile (vt-pbf) with the layers it has.
 */
import type GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { ArchiveTile } from './write-pmtiles.ts';

type Tile = NonNullable<ReturnType<GeoJSONVT['getTile']>>;

export function cutTiles(
  /** The layers of one tile that hold features; none, an empty record. */
  layersAt: (z: number, x: number, y: number) => Record<string, Tile>,
  { minZoom, maxZoom, extent }: { minZoom: number; maxZoom: number; extent: number },
): ArchiveTile[] {
  const tiles: ArchiveTile[] = [];
  const visit = (z: number, x: number, y: number) => {
    const layers = layersAt(z, x, y);
    if (Object.keys(layers).length === 0) return;
    if (z >= minZoom)
      tiles.push({ z, x, y, data: Uint8Array.from(fromGeojsonVt(layers, { version: 2, extent })) });
    if (z === maxZoom) return;
    for (const [dx, dy] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const)
      visit(z + 1, x * 2 + dx, y * 2 + dy);
  };
  visit(0, 0, 0);
  return tiles;
}

/** The tile of an index, as the one layer `name`, or no layer where it holds nothing. */
export function layerOf(
  name: string,
  index: GeoJSONVT,
  z: number,
  x: number,
  y: number,
): Record<string, Tile> {
  const tile = index.getTile(z, x, y);
  return tile && tile.features.length > 0 ? { [name]: tile } : {};
}
