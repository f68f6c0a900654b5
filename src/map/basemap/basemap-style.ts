/**
 * The offline basemap: every source but the sea (a rectangle, written inline) is a GeoJSON file shipped in
 * public/data/basemap, and the style has no `glyphs` URL, so MapLibre draws labels with the bundled Noto Sans
 * web font. Nothing leaves the origin. Built once (module constant): the style object is never rebuilt on
 * render.
 */
import type { ExpressionSpecification, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { Language } from '../../i18n/languages.ts';
import { dataUrl } from '../../corpus/load-data.ts';
import { BASEMAP_FRAME, DETAIL_MIN_ZOOM } from '../../records/map-frame.ts';
import { shaderWarmUp } from './shader-warm-up.ts';

export const FONT = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans SemiBold'];

/**
 * The first view fits Kazakhstan (west, south, east, north); the app and the bench's floor both open on it.
 * The south edge lies below the country's (40.5°) to take in the regional comparisons in Tajikistan and
 * Kyrgyzstan with their labels clear of the credits: every place of the data is in the first view.
 * Padding stays the same on every side: a fit's centre is then the same at every zoom, which is how a resize
 * tells the untouched first view from a camera the reader moved (use-first-view-kept).
 */
export const FIRST_VIEW = {
  bounds: [46.5, 37.0, 87.3, 55.5] as [number, number, number, number],
  fitBoundsOptions: { padding: 24 },
};

/** Countries whose names the places layer already shows as places of the data. */
const COUNTRIES_THAT_ARE_PLACES = ['Kazakhstan', 'Tajikistan', 'Kyrgyzstan'];

const COLOURS = {
  /** Beyond the frame the basemap was cut to: not sea, just no map, so a neutral grey. */
  beyondFrame: '#dcdad6',
  water: '#b9d3e6',
  land: '#f1efe9',
  kazakhstan: '#fbfaf6',
  border: '#7a7066',
  oblast: '#b8aea2',
  label: '#5d564f',
  waterLabel: '#3f6b8a',
};

/** The basemap's sources and the files they read: named in the failure list when one cannot be loaded. */
export const BASEMAP_FILES = {
  countries: 'data/basemap/countries.geojson',
  borders: 'data/basemap/borders.geojson',
  oblasts: 'data/basemap/oblasts.geojson',
  lakes: 'data/basemap/lakes.geojson',
  labels: 'data/basemap/labels.geojson',
} as const;

/**
 * Everything inside the frame that no country covers is sea (the Black, Caspian, Mediterranean, Red and
 * Arabian seas and the Persian Gulf). A rectangle, so it is written here rather than fetched.
 */
const [WEST, SOUTH, EAST, NORTH] = BASEMAP_FRAME;
const SEA_WITHIN_FRAME = {
  type: 'geojson' as const,
  data: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [WEST, SOUTH],
        [EAST, SOUTH],
        [EAST, NORTH],
        [WEST, NORTH],
        [WEST, SOUTH],
      ],
    ],
  },
};

function geojson(sourceId: keyof typeof BASEMAP_FILES) {
  return { type: 'geojson' as const, data: dataUrl(BASEMAP_FILES[sourceId]) };
}

export function buildBasemapStyle(): StyleSpecification {
  const [west, south, east, north] = FIRST_VIEW.bounds;
  const warmUp = shaderWarmUp([(west + east) / 2, (south + north) / 2], FONT);
  return {
    version: 8,
    name: 'Steppe Sources offline basemap',
    transition: { duration: 0, delay: 0 },
    sources: {
      // First, so that MapLibre's workers cut their tiles before the basemap's (see shader-warm-up.ts).
      ...warmUp.sources,
      sea: SEA_WITHIN_FRAME,
      // The credits are the map's AttributionControl's, in the reader's language (map.credits).
      countries: geojson('countries'),
      borders: geojson('borders'),
      oblasts: geojson('oblasts'),
      lakes: geojson('lakes'),
      labels: geojson('labels'),
    },
    layers: [
      { id: 'beyond-frame', type: 'background', paint: { 'background-color': COLOURS.beyondFrame } },
      // Invisible, and first so that the shaders the data need are made before anything else is drawn.
      ...warmUp.layers,
      { id: 'sea', type: 'fill', source: 'sea', paint: { 'fill-color': COLOURS.water } },
      // Kazakhstan as a layer of its own rather than a colour by country: every fill then has a constant colour
      // and shares one shader (one fewer to make, see shader-warm-up.ts).
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': COLOURS.land } },
      {
        id: 'kazakhstan',
        type: 'fill',
        source: 'countries',
        filter: ['==', ['get', 'iso2'], 'KZ'],
        paint: { 'fill-color': COLOURS.kazakhstan },
      },
      {
        id: 'oblast-lines',
        type: 'line',
        source: 'oblasts',
        paint: { 'line-color': COLOURS.oblast, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      // Over the oblast lines, so none crosses a lake; from zoom 5 the detail's lakes take over.
      {
        id: 'lakes',
        type: 'fill',
        source: 'lakes',
        maxzoom: DETAIL_MIN_ZOOM,
        paint: { 'fill-color': COLOURS.water },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': COLOURS.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 7, 2],
        },
      },
      {
        id: 'water-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'water'],
        layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12, 'text-max-width': 6 },
        paint: { 'text-color': COLOURS.waterLabel, 'text-halo-color': COLOURS.water, 'text-halo-width': 1 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'labels',
        filter: [
          'all',
          ['==', ['get', 'kind'], 'country'],
          ['!', ['in', ['get', 'name'], ['literal', COUNTRIES_THAT_ARE_PLACES]]],
        ],
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': FONT,
          'text-size': 12,
          'text-letter-spacing': 0.15,
        },
        paint: { 'text-color': COLOURS.label, 'text-halo-color': COLOURS.land, 'text-halo-width': 1.2 },
      },
    ],
  };
}

const LABEL_NAME: Record<Language, string> = { en: 'name', ru: 'nameRu', kk: 'nameKk' };

/** Names the basemap's countries and waters in the interface's language (English where a name is missing). */
export function showBasemapNames(
  map: Pick<MaplibreMap, 'getLayer' | 'setLayoutProperty'>,
  lang: Language,
): void {
  const name: ExpressionSpecification = ['coalesce', ['get', LABEL_NAME[lang]], ['get', 'name']];
  if (map.getLayer('water-labels')) map.setLayoutProperty('water-labels', 'text-field', name);
  if (map.getLayer('country-labels')) map.setLayoutProperty('country-labels', 'text-field', ['upcase', name]);
}
