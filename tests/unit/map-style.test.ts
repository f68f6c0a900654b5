import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, it } from 'vitest';

describe('the map style', () => {
  beforeAll(() => {
    // The style resolves its data URLs against the page; a stand-in page is all it needs here.
    (globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' };
  });

  it('passes MapLibre’s own style validator, data layers included', async () => {
    const { buildBasemapStyle } = await import('../../src/map/basemap-style.ts');
    const { eventLayer, placeDotLayer, placeHighlightLayer, placeLabelLayer } =
      await import('../../src/map/layers.ts');
    const style = buildBasemapStyle();
    const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
    style.sources = { ...style.sources, events: empty, places: empty };
    style.layers.push(placeHighlightLayer, placeDotLayer, eventLayer, placeLabelLayer);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyphs URL and no source off the page’s origin', async () => {
    const { buildBasemapStyle } = await import('../../src/map/basemap-style.ts');
    const style = buildBasemapStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(String((source as { data: string }).data)).toMatch(/^http:\/\/127\.0\.0\.1\/data\/basemap\//);
    }
  });
});
