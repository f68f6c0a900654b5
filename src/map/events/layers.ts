/** The data layers as typed constants (react-map-gl style); filters come from event-filter.ts. */
import type { CircleLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { EVENT_KINDS } from '../../records/schema.ts';
import { FONT, FONT_BOLD } from '../basemap/basemap-style.ts';
import type { Language } from '../../i18n/languages.ts';
import { NAME_FIELD } from '../../i18n/place-names.ts';
import { ICON_SIZE } from './event-icons.ts';
import { EVENT_TILE_LAYER } from '../../tiles/event-tiles-messages.ts';
import { AGGREGATE_BELOW_ZOOM } from '../../tiles/aggregate-events.ts';
import { RANGE_KEY, YEAR_KEY_EXPRESSION } from './year-icons.ts';

/** An event is drawn hollow when its date or its place is less precise than a day at a city. */
export const UNCERTAIN = [
  'any',
  ['!=', ['get', 'datePrecision'], 'day'],
  ['!=', ['get', 'placePrecision'], 'city'],
] as const;

/** How much larger an aggregated mark is drawn (see aggregate-events.ts); a single event has no count. */
const COUNT_SCALE = [
  'interpolate',
  ['linear'],
  ['ln', ['max', 1, ['to-number', ['get', 'count'], 1]]],
  0,
  1,
  4.6,
  1.8,
  9.2,
  2.6,
] as const;

/** Kinds at the same place sit side by side around it instead of on top of each other. */
const OFFSET_BY_KIND: Record<(typeof EVENT_KINDS)[number], [number, number]> = {
  attack: [-0.55, -0.55],
  explosion: [0.55, -0.55],
  protest: [0.55, 0.55],
  'dispersed-rally': [-0.55, 0.55],
  'security-response': [0, -0.8],
  'prison-unrest': [0.8, 0],
  law: [0, 0.8],
};

/** One event layer per year, over the one events source (see year-icons.ts): `events-2016`, `events-undated`… */
export const EVENT_LAYER_PREFIX = 'events-';
export const eventLayerId = (yearKey: string) => `${EVENT_LAYER_PREFIX}${yearKey}`;
/** The same year's layer over a published archive's tiles (event-archive.ts): `events-archive-2016`. */
export const archiveLayerId = (yearKey: string) => `${EVENT_LAYER_PREFIX}archive-${yearKey}`;
export const PLACE_DOT_LAYER_ID = 'place-dots';
export const PLACE_LABEL_LAYER_ID = 'place-labels';
export const PLACE_HIGHLIGHT_LAYER_ID = 'place-highlight';

/** An event's icon: its kind, its certainty and the key that says when it is shown (year-icons.ts). */
const iconImage = (key: unknown) =>
  ['concat', ['get', 'kind'], '-', ['case', UNCERTAIN, 'hollow', 'solid'], '-', key] as never;

/** The event layers' spec (each gets its id and year filter); the icon name carries the year, which is how a
 * year is shown (see year-icons.ts). */
export const eventLayer: SymbolLayerSpecification = {
  id: 'events',
  type: 'symbol',
  source: 'events',
  'source-layer': EVENT_TILE_LAYER,
  layout: {
    'icon-image': iconImage(YEAR_KEY_EXPRESSION),
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    'icon-offset': [
      'match',
      ['get', 'kind'],
      ...EVENT_KINDS.flatMap((k) => [k, ['literal', OFFSET_BY_KIND[k].map((v) => v * ICON_SIZE)]]),
      ['literal', [0, 0]],
    ] as never,
    // An aggregate's mark grows with the log of its count: 1 event 1×, 100 about 1.8×, 10,000 about 2.6×.
    'icon-size': ['interpolate', ['linear'], ['zoom'], 3, ['*', 0.8, COUNT_SCALE], 6, COUNT_SCALE] as never,
    // Events dated to the day draw above uncertain ones of the same kind at the same place.
    'symbol-sort-key': ['case', UNCERTAIN as never, 0, 1],
  },
};

/** An archive's events in a range: its icons always shown, the range in the layer's filter. */
export const rangeLayer: SymbolLayerSpecification = {
  ...eventLayer,
  id: eventLayerId(RANGE_KEY),
  source: 'events-range',
  layout: {
    ...eventLayer.layout,
    'icon-image': iconImage(RANGE_KEY),
  },
};

/** Drawn only where the worker's answer for the range set the feature's state `shown` (use-range-states.ts). */
const SHOWN_BY_STATE = {
  'icon-opacity': ['case', ['boolean', ['feature-state', 'shown'], false], 1, 0],
} as never;

/** A range's crowd marks, one per size step of each crowd, zoomed out (range-marks.ts). */
export const rangeMarksLayer: SymbolLayerSpecification = {
  ...rangeLayer,
  maxzoom: AGGREGATE_BELOW_ZOOM,
  paint: SHOWN_BY_STATE,
};

/** A range's single events, zoomed in: the events' own tiles, drawn again with their range state. */
export const rangeSinglesLayer: SymbolLayerSpecification = {
  ...rangeLayer,
  id: eventLayerId(`${RANGE_KEY}-singles`),
  source: 'events',
  minzoom: AGGREGATE_BELOW_ZOOM,
  paint: SHOWN_BY_STATE,
};

export const placeDotLayer: CircleLayerSpecification = {
  id: PLACE_DOT_LAYER_ID,
  type: 'circle',
  source: 'places',
  paint: {
    'circle-radius': ['case', ['==', ['get', 'precision'], 'city'], 3.5, 5],
    'circle-color': ['case', ['==', ['get', 'precision'], 'city'], '#2b2622', 'rgba(0,0,0,0)'],
    'circle-stroke-color': '#2b2622',
    'circle-stroke-width': ['case', ['==', ['get', 'precision'], 'city'], 1, 1.5],
  },
};

export const placeHighlightLayer: CircleLayerSpecification = {
  id: PLACE_HIGHLIGHT_LAYER_ID,
  type: 'circle',
  source: 'places',
  filter: ['in', ['get', 'id'], ['literal', []]],
  paint: {
    'circle-radius': 22,
    'circle-color': 'rgba(255, 214, 0, 0.25)',
    'circle-stroke-color': '#000000',
    'circle-stroke-width': 2,
  },
};

/** The name field of each language, and the second line under it: the Kazakh name, or under it the English. */
const SECOND_NAME: Record<Language, string> = { en: 'nameKk', ru: 'nameKk', kk: 'nameEn' };

/** A place's name in the interface's language in bold, its Kazakh (or, for Kazakh, English) name small beneath. */
function placeNameText(lang: Language) {
  const name = ['coalesce', ['get', NAME_FIELD[lang]], ['get', 'nameEn']];
  return [
    'format',
    ['case', ['==', ['get', 'precision'], 'country'], ['upcase', name], name],
    { 'text-font': ['literal', FONT_BOLD] },
    '\n',
    {},
    ['get', SECOND_NAME[lang]],
    { 'font-scale': 0.8 },
  ] as never;
}

export const placeLabelLayer: SymbolLayerSpecification = {
  id: PLACE_LABEL_LAYER_ID,
  type: 'symbol',
  source: 'places',
  layout: {
    'text-field': placeNameText('en'),
    'text-font': FONT,
    'text-size': 13,
    // Below the point where there is room, else beside it: Aktau's label would otherwise lose to Zhanaozen's.
    'text-variable-anchor': ['top', 'right', 'left', 'bottom'],
    'text-radial-offset': 1.3,
    'text-max-width': 9,
    'text-optional': false,
  },
  paint: { 'text-color': '#1d1a17', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
};

/** The place labels in the interface's language: one spec per language, the English one the layer above. */
const placeLabelLayers = new Map<Language, SymbolLayerSpecification>([['en', placeLabelLayer]]);
export function placeLabelLayerFor(lang: Language): SymbolLayerSpecification {
  let layer = placeLabelLayers.get(lang);
  if (!layer) {
    layer = { ...placeLabelLayer, layout: { ...placeLabelLayer.layout, 'text-field': placeNameText(lang) } };
    placeLabelLayers.set(lang, layer);
  }
  return layer;
}
