import { describe, expect, it } from 'vitest';
import type { EventsCollection } from '../../src/data/schema.ts';
import { yearLayerFilter } from '../../src/map/event-filter.ts';
import { YEAR_KEYS, isYearVisible, yearKey, yearKeysWithEvents } from '../../src/map/year-layers.ts';

const at = (id: string, year: number | null) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [57, 50] },
    properties: { id, year },
  }) as unknown as EventsCollection['features'][number];

describe('one event layer per year', () => {
  it('gets a layer only for the years that have events, undated apart', () => {
    const events: EventsCollection = {
      type: 'FeatureCollection',
      features: [at('a', 2016), at('b', 2011), at('c', null), at('d', 2016)],
    };
    expect(yearKeysWithEvents(events)).toEqual(['2011', '2016', 'undated']);
  });
  it('files a year outside the timeline with the undated, drawn under all years', () => {
    expect(yearKey(1999)).toBe('undated');
    expect(yearKey(2005)).toBe('2005');
  });
  it('shows one year’s layer for a year, every layer for all years', () => {
    expect(YEAR_KEYS.filter((k) => isYearVisible(k, 2011))).toEqual(['2011']);
    expect(YEAR_KEYS.filter((k) => isYearVisible(k, null))).toEqual(YEAR_KEYS);
  });
  it('fixes each layer’s year in its filter, next to the reader’s kinds', () => {
    expect(yearLayerFilter('2016', new Set(['attack']), true)).toEqual([
      'all',
      ['in', ['get', 'kind'], ['literal', ['attack']]],
      ['==', ['get', 'year'], 2016],
    ]);
    const undated = yearLayerFilter('undated', new Set(['law']), false) as unknown[];
    expect(undated.at(-1)).toEqual([
      '!',
      ['in', ['get', 'year'], ['literal', YEAR_KEYS.slice(0, -1).map(Number)]],
    ]);
    expect(undated).toContainEqual(['!', ['get', 'abroad']]);
  });
});
