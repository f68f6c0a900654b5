/**
 * `npm run publish-events -- FILE [--out public/data] [--archive-above N]`: publishes a large event set (a conflict dataset
 * prepared as the app's events: a GeoJSON FeatureCollection, or one feature per line) in place of the
 * articles' events. Every record is checked with the app's own schema and against the site's places; any
 * fault stops it with file › record › field named, and nothing is written. Up to ARCHIVE_THRESHOLD events the
 * set is written whole to events.geojson (the page loads it and cuts its own tiles); above it, as an archive
 * the page reads a piece at a time (src/corpus/event-archive.ts), with events.geojson naming it.
 * Run it after `npm run geo`, which writes the places and the articles' own events.
 */
import { createReadStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ARCHIVE_FILE, ARCHIVE_THRESHOLD } from '../../src/corpus/event-archive.ts';
import type { PointFeature } from '../../src/datasets/resolve-dataset.ts';
import { eventFeature, type EventProperties } from '../../src/records/schema.ts';
import * as turf from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { writeEventArchive } from '../pipeline/event-archive-files.ts';
import { eventTilesArchive, mapFeatureOf } from '../pipeline/event-tiles-archive.ts';
import { formatProblem, type Problem } from '../../src/records/checks/problems.ts';

type EventFeature = PointFeature<EventProperties>;

/** The features of a FeatureCollection file, or of a file with one feature per line (.ndjson, .jsonl, .geojsonl). */
async function readFeatures(file: string): Promise<unknown[]> {
  if (!/\.(ndjson|jsonl|geojsonl)$/.test(file)) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { features?: unknown[] };
    if (!Array.isArray(json.features)) throw new Error(`${file} is not a GeoJSON FeatureCollection`);
    return json.features;
  }
  const features: unknown[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') features.push(JSON.parse(line));
  return features;
}

export async function publishEvents(
  file: string,
  outDir: string,
  /** Tests and the bench set it lower, to publish a small set as an archive. */
  archiveAbove = ARCHIVE_THRESHOLD,
): Promise<{ ok: true; count: number; archive: boolean } | { ok: false; problems: string[] }> {
  const raw = await readFeatures(file);
  const placeIds = new Set(
    (
      JSON.parse(readFileSync(join(outDir, 'places.geojson'), 'utf8')) as { features: EventFeature[] }
    ).features.map((f) => f.properties.id),
  );
  const problems: Problem[] = [];
  const features: EventFeature[] = [];
  const ids = new Set<string>();
  raw.forEach((item, i) => {
    const parsed = eventFeature.safeParse(item);
    const record = `feature ${i + 1}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3))
        problems.push({ file, record, field: issue.path.join('.') || '(record)', message: issue.message });
      return;
    }
    const p = parsed.data.properties;
    const named = `${record} (${p.id})`;
    if (!placeIds.has(p.placeId))
      problems.push({ file, record: named, field: 'properties.placeId', message: `no place '${p.placeId}'` });
    if (ids.has(p.id))
      problems.push({ file, record: named, field: 'properties.id', message: 'repeats an id' });
    ids.add(p.id);
    features.push(parsed.data as EventFeature);
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 50).map(formatProblem) };

  const archive = features.length > archiveAbove;
  const bbox = turf.bbox({ type: 'FeatureCollection', features } as FeatureCollection) as [
    number,
    number,
    number,
    number,
  ];
  rmSync(join(outDir, 'events-by-place'), { recursive: true, force: true });
  if (archive) {
    writeEventArchive(features, bbox, outDir);
    writeFileSync(
      join(outDir, 'events.geojson'),
      JSON.stringify({ type: 'FeatureCollection', bbox, features: [], archive: ARCHIVE_FILE }),
    );
  } else {
    if (existsSync(join(outDir, ARCHIVE_FILE))) rmSync(join(outDir, ARCHIVE_FILE));
    writeFileSync(
      join(outDir, 'events.geojson'),
      JSON.stringify({ type: 'FeatureCollection', bbox, features }),
    );
    writeFileSync(
      join(outDir, 'events.pmtiles'),
      eventTilesArchive(
        features.map((f) => mapFeatureOf(f, { withSources: false })),
        bbox,
      ),
    );
  }
  return { ok: true, count: features.length, archive };
}

if (process.argv[1]?.endsWith('publish-events.ts')) {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: 'string', default: 'public/data' },
      'archive-above': { type: 'string', default: String(ARCHIVE_THRESHOLD) },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    console.error('publish-events: name the events file (GeoJSON, or one feature per line)');
    process.exit(1);
  }
  const result = await publishEvents(file, values.out!, Number(values['archive-above']));
  if (!result.ok) {
    console.error(`publish-events: ${file} was not published:\n${result.problems.join('\n')}`);
    process.exit(1);
  }
  console.log(
    result.archive
      ? `published ${result.count} events as an archive (over ${values['archive-above']}) in ${values.out}`
      : `published ${result.count} events as events.geojson in ${values.out}`,
  );
}
