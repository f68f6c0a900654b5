/**
 * Invisible marks drawn first in every frame, under everything, so that MapLibre makes the shaders the map
 * will need (the data's circles and icons, the labels' text, the lines) before the basemap's drawing is queued.
 *
 * Why: MapLibre makes a shader the first time a layer needs it, in the middle of a frame, and at once asks
 * whether it linked. That question waits until the graphics process has done everything queued before it.
 * Linking takes 1-4 ms here, but in software rendering (SwiftShader) the drawing queued before it, each new
 * kind of drawing compiled on first use, takes 100-300 ms: each shader made mid-frame was one long task on
 * the page's thread, the data's own first frame included. Made here, at the bottom of the first frames, the
 * data's frame makes none, and the longest task while 100,000 events load fell from a median of 447 ms to
 * 224 ms (docs/scaling.md). It cannot fall to nothing: the first shader after any new drawing still waits.
 *
 * A shader is picked by which paint properties are constant and which come from the data, so each mark here
 * takes the same mix as the layers it stands in for (a unit test holds them equal).
 */
import type {
  CircleLayerSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';

const WARM_UP_SOURCE_ID = 'shader-warm-up';
const WARM_UP_SYMBOL_SOURCE_ID = 'shader-warm-up-symbols';
/** A fully transparent icon (year-icons.ts gives it when MapLibre asks). */
export const WARM_UP_ICON = 'shader-warm-up';

/**
 * The sources and layers, to go first in the style after the background: a point and a short line at `centre`
 * (the middle of the first view, so that their tiles are drawn), text in the labels' `font`.
 */
export function shaderWarmUp(
  centre: [number, number],
  font: string[],
): { sources: Record<string, GeoJSONSourceSpecification>; layers: LayerSpecification[] } {
  const [x, y] = centre;
  const source: GeoJSONSourceSpecification = {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: centre },
          properties: { colour: 'rgba(0,0,0,0)', size: 1 },
        },
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: [centre, [x + 0.01, y]] },
          properties: {},
        },
      ],
    },
  };
  // Data-driven colour, radius and stroke width, constant stroke colour: the place dots' circle shader.
  const circle: CircleLayerSpecification = {
    id: 'shader-warm-up-circle',
    type: 'circle',
    source: WARM_UP_SOURCE_ID,
    paint: {
      'circle-color': ['get', 'colour'],
      'circle-radius': ['get', 'size'],
      'circle-stroke-width': ['get', 'size'],
      'circle-stroke-color': 'rgba(0,0,0,0)',
    },
  };
  // Constant paint: the events' icon shader and the labels' text shader.
  const symbol: SymbolLayerSpecification = {
    id: 'shader-warm-up-symbol',
    type: 'symbol',
    source: WARM_UP_SYMBOL_SOURCE_ID,
    layout: {
      'icon-image': WARM_UP_ICON,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'text-field': '·',
      'text-font': font,
      'text-size': 1,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': 'rgba(0,0,0,0)', 'text-halo-color': 'rgba(0,0,0,0)' },
  };
  // The basemap's solid and dashed lines (constant paint).
  const line: LineLayerSpecification = {
    id: 'shader-warm-up-line',
    type: 'line',
    source: WARM_UP_SOURCE_ID,
    paint: { 'line-color': 'rgba(0,0,0,0)' },
  };
  const dashedLine: LineLayerSpecification = {
    id: 'shader-warm-up-dashed-line',
    type: 'line',
    source: WARM_UP_SOURCE_ID,
    paint: { 'line-color': 'rgba(0,0,0,0)', 'line-dasharray': [3, 2] },
  };
  // Symbols wait for their fonts and icon; in a source of their own they do not hold back the shapes' tile.
  return {
    sources: { [WARM_UP_SOURCE_ID]: source, [WARM_UP_SYMBOL_SOURCE_ID]: source },
    layers: [circle, line, dashedLine, symbol],
  };
}
