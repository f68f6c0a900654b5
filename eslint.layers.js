/**
 * The layers of src/ and who may import whom: each folder imports only the folders listed for it (and itself).
 * Read from the bottom up: records/ imports nothing of the app; app/ may import everything. eslint.config.js
 * turns this table into import-x/no-restricted-paths zones, so a planted import that crosses it fails
 * `npm run lint` with the layer rule in its message. docs/architecture.md says what each folder is for.
 */
export const LAYERS = {
  lib: [],
  offline: [],
  records: ['lib'],
  i18n: ['lib', 'records'],
  formats: ['lib', 'records', 'i18n'],
  datasets: ['lib', 'records', 'i18n', 'formats'],
  tiles: ['lib', 'records', 'datasets'],
  packs: ['lib', 'records', 'i18n'],
  import: ['lib', 'records', 'i18n', 'formats', 'datasets', 'tiles'],
  corpus: ['lib', 'records', 'i18n', 'datasets', 'tiles', 'packs'],
  map: ['lib', 'records', 'i18n', 'datasets', 'tiles', 'corpus'],
  export: ['lib', 'records', 'i18n', 'datasets', 'packs', 'corpus', 'map'],
  panels: ['lib', 'records', 'i18n', 'formats', 'datasets', 'packs', 'import', 'corpus', 'map', 'export'],
  app: [
    'lib',
    'records',
    'i18n',
    'datasets',
    'packs',
    'import',
    'corpus',
    'map',
    'export',
    'panels',
    'offline',
  ],
};

/** Code outside src/ and what of src/ it may use: the data build and its scripts never load the interface. */
export const OUTSIDE = {
  'geo/pipeline': ['lib', 'records', 'i18n', 'formats', 'datasets', 'tiles', 'packs', 'corpus'],
  'geo/scripts': ['lib', 'records', 'i18n', 'formats', 'datasets', 'tiles', 'packs', 'corpus'],
};
