import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../../src/tiles/aggregate-events.ts';
import { mapEventAt as at } from '../../fixtures/map-events.ts';

describe('events where they crowd', () => {
  it('make one mark per place, year, kind and certainty, at their middle, counting and naming them', () => {
    const features = aggregateEvents([
      at('a', 57, 50),
      at('b', 58, 51),
      at('c', 57, 50, { kind: 'attack' }),
      at('d', 57, 50, { year: 2011 }),
      at('e', 57, 50, { datePrecision: 'month' }),
      at('f', 76.9, 43.2, { placeId: 'almaty' }),
    ]).features.filter((f) => !f.properties.allYears);
    expect(features.map((f) => [f.properties.members, f.properties.count, f.geometry.coordinates])).toEqual([
      ['a,b', 2, [57.5, 50.5]],
      ['c', 1, [57, 50]],
      ['d', 1, [57, 50]],
      ['e', 1, [57, 50]],
      ['f', 1, [76.9, 43.2]],
    ]);
    // A hollow (uncertain) event never hides inside a solid mark: the mark keeps its members' certainty.
    expect(features[3]!.properties.datePrecision).toBe('month');
  });

  it('make a mark of all years at each place too, the undated counted in it, so all years read the total', () => {
    const marks = aggregateEvents([
      at('a', 57, 50, { year: 2016 }),
      at('b', 57, 50, { year: 2011 }),
      at('c', 57, 50, { year: 2011 }),
      at('d', 57, 50, { year: null }),
    ]).features.map((f) => [f.properties.allYears ?? false, f.properties.year, f.properties.count]);
    expect(marks).toEqual([
      [true, null, 4],
      [false, 2016, 1],
      [false, 2011, 2],
    ]);
  });

  it('stops listing members past fifty, and still counts them all', () => {
    const many = Array.from({ length: 120 }, (_, i) => at(`e${i}`, 57, 50));
    const [mark] = aggregateEvents(many).features;
    expect(mark!.properties.count).toBe(120);
    expect(mark!.properties.members).toBe('');
  });
});
