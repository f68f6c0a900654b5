/**
 * `npm run geo`: geo/ sources → validate → derive with turf → public/data/.
 * Stops with every problem listed (file › record › field: message) and writes nothing if any is found.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { basemapDetailArchive, readBasemapDetail } from './basemap-detail.ts';
import { derive, type Basemap } from './derive.ts';
import { formatProblem } from '../../src/records/checks/problems.ts';
import { eventTilesArchive, mapFeatureOf } from './event-tiles-archive.ts';
import { readDatasets } from './read-datasets.ts';
import { readGeo } from './read-geo.ts';
import { readTranslations } from './read-translations.ts';
import { namedLabels } from './label-names.ts';
import { resolveDataset } from '../../src/datasets/resolve-dataset.ts';
import { validateGeo } from './checks/validate.ts';

export const BASEMAP_FILES = ['countries', 'borders', 'oblasts', 'lakes', 'labels'] as const;

export function buildData(root: string, outDir: string): { ok: boolean; messages: string[] } {
  const { raw, problems: readProblems } = readGeo(root);
  const { records, problems } = validateGeo(raw);
  const datasetProblems: typeof problems = [];
  const datasets = readDatasets(root, datasetProblems);
  const detailProblems: typeof problems = [];
  const detail = readBasemapDetail(root, detailProblems);
  const translationProblems: typeof problems = [];
  const translations = readTranslations(root, records, translationProblems);
  const labels = namedLabels(root, translationProblems);
  const all = [...readProblems, ...problems, ...datasetProblems, ...detailProblems, ...translationProblems];
  if (all.length > 0) return { ok: false, messages: all.map(formatProblem) };

  const basemap: Basemap = {
    oblasts: JSON.parse(readFileSync(join(root, 'geo/basemap/oblasts.geojson'), 'utf8')),
    borders: JSON.parse(readFileSync(join(root, 'geo/basemap/borders.geojson'), 'utf8')),
  };
  const derived = derive(records, basemap);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'basemap'), { recursive: true });
  mkdirSync(join(outDir, 'sources'), { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(outDir, name), JSON.stringify(data));
  write('places.geojson', derived.places);
  write('events.geojson', derived.events);
  write('sources.json', records.sources);
  write('excerpts.json', records.excerpts);
  write('claims.json', derived.claims);
  write('translations.json', translations);
  // Datasets published with the site (npm run import), resolved against the places and events just derived.
  const published = datasets.map((d) =>
    resolveDataset(d.read, d.meta, { places: derived.places.features, events: derived.events.features }),
  );
  write('datasets.json', published);
  // The events as vector tiles in one archive, read by range requests (see event-tiles-archive.ts).
  writeFileSync(
    join(outDir, 'events.pmtiles'),
    eventTilesArchive(
      derived.events.features.map((f) => mapFeatureOf(f, { withSources: false })),
      derived.bbox.slice(0, 4) as [number, number, number, number],
    ),
  );
  write('meta.json', {
    bbox: derived.bbox,
    builtFrom: 'geo/',
    counts: Object.fromEntries(
      Object.entries(records)
        .filter(([, v]) => Array.isArray(v))
        .map(([k, v]) => [k, (v as unknown[]).length]),
    ),
  });
  for (const name of BASEMAP_FILES)
    if (name !== 'labels')
      copyFileSync(join(root, `geo/basemap/${name}.geojson`), join(outDir, `basemap/${name}.geojson`));
  // The labels with their Russian and Kazakh names added.
  write('basemap/labels.geojson', labels);
  // Lakes, coasts, rivers and towns for zooms 5 to 10, read by range requests once the reader zooms in.
  writeFileSync(join(outDir, 'basemap/detail.pmtiles'), basemapDetailArchive(detail));
  // The gazetteer a reader links their own passages to places with: fetched only when they do.
  copyFileSync(join(root, 'geo/gazetteer/places.json'), join(outDir, 'gazetteer.json'));
  // The whole articles, byte for byte, for "read in source".
  for (const s of records.sources)
    copyFileSync(join(root, 'geo/sources', s.file), join(outDir, 'sources', s.file));
  return {
    ok: true,
    messages: [
      `geo: ${records.sources.length} sources, ${records.places.length} places, ${records.events.length} events, ` +
        `${records.excerpts.length} excerpts, ${derived.claims.length} claims (${derived.claims.filter((c) => c.contested).length} contested), ` +
        `${published.length} published datasets (${published.reduce((n, d) => n + d.events.length, 0)} events) → ${outDir}`,
    ],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const root = process.cwd();
  const result = buildData(root, join(root, 'public/data'));
  if (!result.ok) {
    console.error(`geo: the data build stopped with ${result.messages.length} problem(s):`);
    for (const m of result.messages) console.error(`  - ${m}`);
    process.exit(1);
  }
  for (const m of result.messages) console.log(m);
}
