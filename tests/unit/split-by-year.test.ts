import { describe, expect, it } from 'vitest';
import type { EventsCollection } from '../../src/data/schema.ts';
import { YEAR_KEYS, isYearVisible, splitByYear } from '../../src/map/split-by-year.ts';

const at = (id: string, year: number | null) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [57, 50] },
    properties: { id, year },
  }) as unknown as EventsCollection['features'][number];

describe('events pre-split by year', () => {
  it('puts each event in its year’s source and undated ones apart', () => {
    const split = splitByYear({
      type: 'FeatureCollection',
      features: [at('a', 2011), at('b', 2016), at('c', null), at('d', 2016)],
    });
    expect([...split.keys()]).toEqual(YEAR_KEYS);
    expect(split.get('2016')!.features.map((f) => f.properties.id)).toEqual(['b', 'd']);
    expect(split.get('undated')!.features.map((f) => f.properties.id)).toEqual(['c']);
    expect(split.get('2005')!.features).toEqual([]);
  });
  it('keeps a year outside the timeline, drawn with the undated under all years', () => {
    expect(
      splitByYear({ type: 'FeatureCollection', features: [at('old', 1999)] }).get('undated')!.features,
    ).toHaveLength(1);
  });
  it('shows one year’s layer for a year, every layer for all years', () => {
    expect(YEAR_KEYS.filter((k) => isYearVisible(k, 2011))).toEqual(['2011']);
    expect(YEAR_KEYS.filter((k) => isYearVisible(k, null))).toEqual(YEAR_KEYS);
  });
});
