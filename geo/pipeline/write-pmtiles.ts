/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): one file of
 * tiles that a reader fetches by HTTP range requests from any static host. Uncompressed directories and
 * tiles, tiles in tile-id order (clustered); a root directory too large for the first 16 KiB is split into
 * leaf directories. Read back in the tests by the `pmtiles` package, an independent reader.
 */
import { zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  metadata: Record<string, unknown>;
  bounds: [number, number, number, number];
  center: [number, number, number];
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
const ROOT_LIMIT = 16384 - HEADER_BYTES;
const LEAF_ENTRIES = 4096;

function varint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function directory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    varint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/** The root directory, and the leaves when the root would not fit in the archive's first 16 KiB. */
function directories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = directory(entries);
  if (root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
  const leafParts: Uint8Array[] = [];
  const rootEntries: Entry[] = [];
  let offset = 0;
  for (let i = 0; i < entries.length; i += LEAF_ENTRIES) {
    const leaf = directory(entries.slice(i, i + LEAF_ENTRIES));
    rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
    leafParts.push(leaf);
    offset += leaf.length;
  }
  return { root: directory(rootEntries), leaves: concat(leafParts) };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function writePmtiles(tiles: readonly ArchiveTile[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  const tileData = concat(sorted.map((t) => t.data));
  const { root, leaves } = directories(entries);
  const metadata = new TextEncoder().encode(JSON.stringify(options.metadata));

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const tileDataOffset = leavesOffset + leaves.length;
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer, 0, 7));
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, tileDataOffset);
  u64(64, tileData.length);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  header.setUint8(96, 1); // clustered: tiles stand in tile-id order
  header.setUint8(97, 1); // directories uncompressed
  header.setUint8(98, 1); // tiles uncompressed
  header.setUint8(99, 1); // Mapbox Vector Tiles
  header.setUint8(100, sorted.length ? Math.min(...sorted.map((t) => t.z)) : 0);
  header.setUint8(101, sorted.length ? Math.max(...sorted.map((t) => t.z)) : 0);
  const e7 = (at: number, degrees: number) => header.setInt32(at, Math.round(degrees * 1e7), true);
  const [west, south, east, north] = options.bounds;
  e7(102, west);
  e7(106, south);
  e7(110, east);
  e7(114, north);
  header.setUint8(118, options.center[2]);
  e7(119, options.center[0]);
  e7(123, options.center[1]);
  return concat([new Uint8Array(header.buffer), root, metadata, leaves, tileData]);
}
