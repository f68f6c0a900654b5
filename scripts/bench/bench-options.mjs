// The bench's command-line options and the small arithmetic every part shares.
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
export const SIZES = option('sizes', '1000,10000,100000').split(',').map(Number);
// Rows of the ACLED-format export the import is measured on.
export const IMPORT_ROWS = Number(option('import-rows', '100000'));
export const RUNS = Math.max(1, Number(option('runs', '5')));
// Events of the set published as an archive (npm run publish-events): read by range requests, never whole.
export const ARCHIVE_EVENTS = Number(option('archive-events', '1000000'));
// Cold loads vary more than anything else measured here (a software-rendered page load takes 2-3 s and
// swings by a second): at least nine pairs for a full run, so one slow spell cannot decide the ratio.
export const IDLE_RUNS = RUNS === 1 ? 1 : Math.max(RUNS, 9);
export const OUT = option('out', 'bench-results.json');
export const BUILD = !args.includes('--no-build');
// Only the import figures: for working on the importer.
export const ONLY_IMPORT = args.includes('--only-import');
export const WORK = '.tmp/bench';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x, d = 2) => Number(x.toFixed(d));
