import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { eventTilesArchive } from '../../../geo/pipeline/event-tiles-archive.ts';
import { writePmtiles } from '../../../geo/pipeline/write-pmtiles.ts';
import { mapEventAt as at } from '../../fixtures/map-events.ts';

/** The archive as the `pmtiles` package reads it, by byte ranges, here from memory. */
function reader(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
      data: bytes.slice(offset, offset + length).buffer,
    }),
  };
  return new PMTiles(source);
}

describe('the events as a PMTiles archive', () => {
  it('is read back by the pmtiles package: its header, and each tile with its events', async () => {
    const events = [
      at('a', 57.2, 50.3),
      at('b', 57.21, 50.31),
      at('c', 76.9, 43.2, { placeId: 'almaty', kind: 'attack' }),
    ];
    const archive = reader(eventTilesArchive(events, [50, 40, 80, 55]));
    const header = await archive.getHeader();
    expect([header.specVersion, header.tileType, header.minZoom, header.maxZoom]).toEqual([3, 1, 0, 12]);
    expect(header.minLon).toBeCloseTo(50);
    const decode = async (z: number, x: number, y: number) => {
      const tile = await archive.getZxy(z, x, y);
      if (!tile) return [];
      const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data)) as never).layers.events!;
      return Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
    };
    // Zoomed out, Aktobe's two protests are one mark that counts them; Almaty's attack stands alone. Each mark
    // comes twice: for its year, and for all years.
    const world = await decode(0, 0, 0);
    expect(world.map((p) => [p.members, p.count, p.allYears ?? false]).sort()).toEqual([
      ['a,b', 2, false],
      ['a,b', 2, true],
      ['c', 1, false],
      ['c', 1, true],
    ]);
    // From zoom 8 on, every event on its own (Aktobe lies in tile 8/168/86).
    expect((await decode(8, 168, 86)).map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(await archive.getZxy(8, 0, 0)).toBeUndefined();
  });

  it('splits a directory too large for the first 16 KiB into leaves the reader still finds', async () => {
    const tiles = Array.from({ length: 6000 }, (_, i) => ({
      z: 12,
      x: i % 4096,
      y: Math.floor(i / 4096),
      data: Uint8Array.of(i % 256, 7),
    }));
    const archive = reader(writePmtiles(tiles, { metadata: {}, bounds: [0, 0, 1, 1], center: [0, 0, 0] }));
    expect((await archive.getHeader()).leafDirectoryLength).toBeGreaterThan(0);
    for (const i of [0, 4095, 4096, 5999]) {
      const tile = await archive.getZxy(12, i % 4096, Math.floor(i / 4096));
      expect(Array.from(new Uint8Array(tile!.data))).toEqual([i % 256, 7]);
    }
  });
});
