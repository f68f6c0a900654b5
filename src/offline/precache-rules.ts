/**
 * What the service worker keeps of the build: every file the app, its fonts, its data and the basemap need.
 * Left out: the .woff fonts (each face is also a .woff2, which every browser with service workers reads).
 * The budget is checked by tests/browser/offline/offline-app.test.ts; docs/deploy.md states the size.
 */
export const PRECACHE_GLOBS = ['**/*.{html,js,mjs,css,woff2,json,geojson,pmtiles,txt,png,svg}'];

/**
 * A published event archive (npm run publish-events; a million events are some hundreds of MB) is not
 * precached: its pieces are kept as the reader views them (range-answers.ts, kept-files.ts). The build's own
 * `events.pmtiles` is read by no page whose events are loaded whole.
 */
export const PRECACHE_LEFT_OUT = [
  'data/events.pmtiles',
  'data/events-archive.json',
  'data/events-by-place/**',
];

/** A file above this is not precached (the build then fails): the detail basemap is the largest, near 1 MB. */
export const PRECACHE_LARGEST_FILE = 8 * 1024 * 1024;

/** What the precache may weigh in all; a reader's first visit downloads it once. */
export const PRECACHE_BUDGET_BYTES = 8 * 1024 * 1024;
