import type { FeatureCollection } from 'geojson';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, it } from 'vitest';

describe('the map style', () => {
  beforeAll(() => {
    // The style resolves its data URLs against the page; a stand-in page is all it needs here.
    (globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' };
  });

  it('passes MapLibre’s own style validator, data layers and the basemap’s detail included', async () => {
    const { buildBasemapStyle } = await import('../../../src/map/basemap/basemap-style.ts');
    const { eventLayer, placeDotLayer, placeHighlightLayer, placeLabelLayer } =
      await import('../../../src/map/events/layers.ts');
    const { DETAIL_LABEL_LAYERS, DETAIL_SOURCE, DETAIL_WATER_LAYERS } =
      await import('../../../src/map/basemap/basemap-detail-layers.ts');
    const style = buildBasemapStyle();
    const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
    const detail = { type: 'vector' as const, url: 'pmtiles://http://127.0.0.1/data/basemap/detail.pmtiles' };
    style.sources = { ...style.sources, events: empty, places: empty, [DETAIL_SOURCE]: detail };
    style.layers.push(...DETAIL_WATER_LAYERS, ...DETAIL_LABEL_LAYERS);
    style.layers.push(placeHighlightLayer, placeDotLayer, eventLayer, placeLabelLayer);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyphs URL and no source off the page’s origin', async () => {
    const { buildBasemapStyle } = await import('../../../src/map/basemap/basemap-style.ts');
    const style = buildBasemapStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      const data = (source as { data: unknown }).data;
      // Inline GeoJSON is fetched from nowhere; every other source is a file beside the page.
      if (typeof data !== 'object') expect(data).toMatch(/^http:\/\/127\.0\.0\.1\/data\/basemap\//);
    }
  });

  it('draws sea only inside the frame the basemap was cut to, so beyond it reads as no map rather than sea', async () => {
    const { buildBasemapStyle } = await import('../../../src/map/basemap/basemap-style.ts');
    const { BASEMAP_FRAME } = await import('../../../src/records/map-frame.ts');
    const style = buildBasemapStyle();
    const sea = style.sources.sea as { data: { coordinates: number[][][] } };
    const ring = sea.data.coordinates[0]!;
    const [lons, lats] = [ring.map((p) => p[0]!), ring.map((p) => p[1]!)];
    expect([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]).toEqual(
      BASEMAP_FRAME,
    );
    const paint = (id: string) => style.layers.find((l) => l.id === id)?.paint as Record<string, unknown>;
    expect(paint('beyond-frame')['background-color']).not.toBe(paint('sea')['fill-color']);
    expect(paint('lakes')['fill-color']).toBe(paint('sea')['fill-color']);
  });
});

/** An expression that reads the feature makes MapLibre pick a shader with that property as per-feature data. */
const FEATURE_OPS = new Set(['get', 'has', 'properties', 'feature-state', 'geometry-type', 'id']);
const readsFeature = (value: unknown): boolean =>
  Array.isArray(value) &&
  ((typeof value[0] === 'string' && FEATURE_OPS.has(value[0])) || value.some(readsFeature));

/** What picks a layer's shader: its type, the paint properties read per feature, and a dashed line's dashes. */
function shaderOf(layer: { type: string; paint?: object }): string {
  const paint = Object.entries(layer.paint ?? {});
  const perFeature = paint.filter(([, value]) => readsFeature(value)).map(([name]) => name);
  const dashed = paint.some(([name]) => name === 'line-dasharray') ? ' dashed' : '';
  return `${layer.type}${dashed} ${perFeature.sort().join(',')}`;
}

describe('the shader warm-up', () => {
  it('makes the same shaders as the first view’s basemap and data layers, drawn first and invisible', async () => {
    (globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' };
    const { buildBasemapStyle } = await import('../../../src/map/basemap/basemap-style.ts');
    const { eventLayer, placeDotLayer, placeLabelLayer } = await import('../../../src/map/events/layers.ts');
    const style = buildBasemapStyle();
    const warmUp = style.layers.filter((layer) => layer.id.startsWith('shader-warm-up'));
    // Right after the background, before anything else is drawn.
    expect(style.layers.slice(1, 1 + warmUp.length)).toEqual(warmUp);
    const needed = [...style.layers.filter((layer) => !warmUp.includes(layer)), placeDotLayer, eventLayer]
      .filter((layer) => ['circle', 'line', 'symbol'].includes(layer.type))
      .map(shaderOf);
    needed.push(shaderOf(placeLabelLayer));
    expect(new Set(warmUp.map(shaderOf))).toEqual(new Set(needed));
    // Nothing of it can be seen: every colour it draws, as written or read from its point, is transparent.
    const { data } = style.sources['shader-warm-up'] as { data: FeatureCollection };
    const point = data.features.find((f) => f.geometry.type === 'Point')!.properties!;
    for (const layer of warmUp) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) {
        if (!name.endsWith('color')) continue;
        const colour = Array.isArray(value) && value[0] === 'get' ? point[value[1] as string] : value;
        expect(colour, `${layer.id} ${name}`).toBe('rgba(0,0,0,0)');
      }
    }
  });
});
