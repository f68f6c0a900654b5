/**
 * A large event set as the files of an archive (see src/corpus/event-archive.ts): the vector tiles in one
 * PMTiles archive, the tallies and place index in `events-archive.json`, and each place's events, oldest
 * first, in pages. Each tile feature carries its sources (`,a,b,`) so the map can follow the source switches.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byFeatureDate } from '../../src/records/by-date.ts';
import {
  ARCHIVE_FILE,
  ARCHIVE_PAGE_SIZE,
  ARCHIVE_TILES,
  placePagePath,
  tallyBySources,
  type ArchiveManifest,
} from '../../src/corpus/event-archive.ts';
import type { PointFeature } from '../../src/datasets/resolve-dataset.ts';
import type { EventProperties } from '../../src/records/schema.ts';
import { eventTilesArchive, mapFeatureOf } from './event-tiles-archive.ts';

type EventFeature = PointFeature<EventProperties>;

/**
 * Writes the archive into `outDir` (the site's data folder), whose old place pages the caller has cleared;
 * returns its manifest.
 */
export function writeEventArchive(
  features: readonly EventFeature[],
  bbox: [number, number, number, number],
  outDir: string,
): ArchiveManifest {
  writeFileSync(
    join(outDir, ARCHIVE_TILES),
    eventTilesArchive(
      features.map((f) => mapFeatureOf(f, { withSources: true })),
      bbox,
    ),
  );
  const byPlace = new Map<string, EventFeature[]>();
  for (const f of features) {
    const list = byPlace.get(f.properties.placeId);
    if (list) list.push(f);
    else byPlace.set(f.properties.placeId, [f]);
  }
  const places: ArchiveManifest['places'] = {};
  for (const [placeId, list] of byPlace) {
    list.sort(byFeatureDate);
    const pages: ArchiveManifest['places'][string]['pages'] = [];
    for (let start = 0; start < list.length; start += ARCHIVE_PAGE_SIZE) {
      const page = list.slice(start, start + ARCHIVE_PAGE_SIZE);
      const path = join(outDir, placePagePath(placeId, pages.length));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: page }));
      pages.push({ first: page[0]!.properties.date, last: page.at(-1)!.properties.date, n: page.length });
    }
    places[placeId] = { count: list.length, pages };
  }
  const manifest: ArchiveManifest = {
    count: features.length,
    bbox,
    tiles: ARCHIVE_TILES,
    pageSize: ARCHIVE_PAGE_SIZE,
    tallies: tallyBySources(features.map((f) => f.properties)),
    places,
  };
  writeFileSync(join(outDir, ARCHIVE_FILE), JSON.stringify(manifest));
  return manifest;
}
