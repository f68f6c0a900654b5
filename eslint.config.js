import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { LAYERS, OUTSIDE } from './eslint.layers.js';

const list = (folders) => (folders.length ? folders.map((f) => `${f}/`).join(', ') : 'nothing of the app');
// Every folder of src/ a layer may not import: the ones below it that the table does not list, and all above.
const forbidden = (own, allowed) =>
  Object.keys(LAYERS)
    .filter((layer) => layer !== own && !allowed.includes(layer))
    .map((layer) => `./src/${layer}`);
const LAYER_ZONES = [
  ...Object.entries(LAYERS).map(([layer, allowed]) => ({
    target: `./src/${layer}`,
    from: [...forbidden(layer, allowed), './src/main.tsx'],
    message: `[layers: ${layer}] src/${layer}/ may import only ${list(allowed)} (eslint.layers.js, docs/architecture.md).`,
  })),
  ...Object.entries(OUTSIDE).map(([folder, allowed]) => ({
    target: `./${folder}`,
    from: [...forbidden(null, allowed), './src/main.tsx'],
    message: `[layers: ${folder}] ${folder}/ may use only ${list(allowed.map((a) => `src/${a}`))} of the app (eslint.layers.js).`,
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'public/data', 'node_modules', '.tmp', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'off',
      // Source text must never be rendered as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render source text as text, never as HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='setHTML']",
          message: 'Popup.setHTML with data is forbidden.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never assign innerHTML.',
        },
      ],
    },
  },
  {
    // One-way imports: the layer table above. Cycles (type imports too, which import-x/no-cycle skips) are
    // found by scripts/lint/check-layout.mjs, which npm run lint runs next.
    files: ['src/**/*.{ts,tsx}', 'geo/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // react-map-gl loads MapLibre on its own, after the page: a value imported from it would put MapLibre in
      // the page's first script, so a map that fails to load would take the whole page with it.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'maplibre-gl',
              allowTypeImports: true,
              message: 'Import only types from maplibre-gl; use the map instance for anything else.',
            },
          ],
        },
      ],
    },
  },
);
