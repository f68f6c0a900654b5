/**
 * The basemap's detail (lakes and coasts from GSHHG, rivers, reference towns), drawn from zoom 5 once the
 * reader zooms in: layer specs as typed constants over the `basemap-detail` source, a PMTiles archive the
 * data build writes (geo/pipeline/basemap-detail.ts). Water is drawn over the oblast lines, so no line crosses a
 * lake or the sea; towns are small and grey and never answer a click.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { DETAIL_MIN_ZOOM } from '../../records/map-frame.ts';
import { FONT } from './basemap-style.ts';
import type { Language } from '../../i18n/languages.ts';
import { NAME_FIELD } from '../../i18n/place-names.ts';

export const DETAIL_SOURCE = 'basemap-detail';
export const DETAIL_FILE = 'data/basemap/detail.pmtiles';

const WATER = '#b9d3e6';
const RIVER = '#8fb6d4';

const common = { source: DETAIL_SOURCE, minzoom: DETAIL_MIN_ZOOM } as const;

export const DETAIL_WATER_LAYERS: LayerSpecification[] = [
  {
    ...common,
    id: 'detail-rivers',
    type: 'line',
    'source-layer': 'rivers',
    paint: {
      'line-color': RIVER,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        5,
        ['match', ['get', 'class'], 1, 1, 0.5],
        10,
        ['match', ['get', 'class'], 1, 3, 1.5],
      ],
    },
  },
  {
    ...common,
    id: 'detail-water',
    type: 'fill',
    'source-layer': 'water',
    filter: ['==', ['get', 'kind'], 'lake'],
    paint: { 'fill-color': WATER },
  },
  {
    ...common,
    id: 'detail-islands',
    type: 'fill',
    'source-layer': 'water',
    filter: ['==', ['get', 'kind'], 'island'],
    paint: { 'fill-color': '#f6f4ee' },
  },
];

/** A river's or town's name in the interface's language, else its English one. */
const nameIn = (lang: Language) => ['coalesce', ['get', NAME_FIELD[lang]], ['get', 'nameEn'], ''] as never;

/** The labels in English; detailLabelLayers gives them in another language. */
export const DETAIL_LABEL_LAYERS: LayerSpecification[] = [
  {
    ...common,
    id: 'detail-river-labels',
    type: 'symbol',
    'source-layer': 'rivers',
    filter: ['has', 'nameEn'],
    layout: {
      'symbol-placement': 'line',
      'text-field': nameIn('en'),
      'text-font': FONT,
      'text-size': 11,
      'text-letter-spacing': 0.05,
    },
    paint: { 'text-color': '#3f6b8a', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
  },
  {
    ...common,
    id: 'detail-towns',
    type: 'symbol',
    'source-layer': 'towns',
    layout: {
      'text-field': nameIn('en'),
      'text-font': FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 12],
      'symbol-sort-key': ['-', ['get', 'population']],
    },
    paint: { 'text-color': '#7a736b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
  },
];

/** The detail's labels in the interface's language: one list per language, the English one the list above. */
const labelLayers = new Map<Language, LayerSpecification[]>([['en', DETAIL_LABEL_LAYERS]]);
export function detailLabelLayers(lang: Language): LayerSpecification[] {
  let layers = labelLayers.get(lang);
  if (!layers) {
    layers = DETAIL_LABEL_LAYERS.map(
      (layer) =>
        ({
          ...layer,
          layout: { ...(layer as { layout: object }).layout, 'text-field': nameIn(lang) },
        }) as LayerSpecification,
    );
    labelLayers.set(lang, layers);
  }
  return layers;
}
