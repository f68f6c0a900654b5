// Everything the bench measures, made before it measures: the app and floor builds, the event sets of each
// size, the 1,000,000-event archive (kept between runs) and the CSV the import reads.
import { execSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { ARCHIVE_EVENTS, BUILD, IMPORT_ROWS, ONLY_IMPORT, SIZES, WORK } from './bench-options.mjs';
import { generateAcledCsv } from './generate-acled.mjs';
import { generateEvents } from './generate-events.ts';

export async function prepare() {
  if (BUILD) execSync('npm run build --silent', { stdio: 'inherit' });
  if (!ONLY_IMPORT) {
    execSync('npx vite build --config scripts/bench/vite.floor.config.ts', { stdio: 'inherit' });
    cpSync('dist/data', join(WORK, 'floor/data'), { recursive: true });
  }
  // The import floor: papaparse's own build beside a page that hands it a file in a worker.
  const papa = join(WORK, 'papa');
  rmSync(papa, { recursive: true, force: true });
  cpSync('scripts/bench/papa-floor', papa, { recursive: true });
  cpSync('node_modules/papaparse/papaparse.min.js', join(papa, 'papaparse.min.js'));
  writeFileSync(join(WORK, 'acled-import.csv'), generateAcledCsv(IMPORT_ROWS));
  const places = JSON.parse(readFileSync('dist/data/places.geojson', 'utf8'));
  const sourceIds = JSON.parse(readFileSync('dist/data/sources.json', 'utf8')).map((s) => s.id);
  if (!ONLY_IMPORT && ARCHIVE_EVENTS > 0) await prepareArchive(places, sourceIds);
  for (const n of ONLY_IMPORT ? [] : SIZES) {
    const dir = join(WORK, `app-${n}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync('dist', dir, { recursive: true });
    // The app's normal data path: the same file name, parsed and validated by the same loader.
    const events = JSON.stringify(generateEvents(places, sourceIds, n));
    writeFileSync(join(dir, 'data/events.geojson'), events);
    if (n === Math.max(...SIZES)) {
      // The floor with the same file: MapLibre alone loading it.
      const floor = join(WORK, `floor-${n}`);
      rmSync(floor, { recursive: true, force: true });
      cpSync(join(WORK, 'floor'), floor, { recursive: true });
      writeFileSync(join(floor, 'data/events.geojson'), events);
    }
  }
}

/**
 * The set published as an archive: the bench's events written one per line and published by the project's
 * own command. Kept between runs while the build and the count are the same (publishing 1,000,000 takes
 * about two minutes).
 */
async function prepareArchive(places, sourceIds) {
  const dir = join(WORK, `app-archive-${ARCHIVE_EVENTS}`);
  const stamp = join(dir, 'bench-stamp.txt');
  const build = readFileSync('dist/index.html', 'utf8');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === build) return;
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  const file = join(WORK, `archive-${ARCHIVE_EVENTS}.ndjson`);
  const out = createWriteStream(file);
  const { features } = generateEvents(places, sourceIds, ARCHIVE_EVENTS);
  for (let i = 0; i < features.length; i += 10_000) {
    const lines = features.slice(i, i + 10_000).map((f) => JSON.stringify(f));
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  execSync(`npx tsx geo/scripts/publish-events.ts ${file} --out ${join(dir, 'data')} --archive-above 0`, {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  rmSync(file);
  writeFileSync(stamp, build);
}
