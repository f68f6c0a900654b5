import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../../src/records/schema.ts';
import {
  DEFAULT_SELECTION,
  groupedBySource,
  matchesSelection,
  placeExcerptIds,
  selectionCounts,
  timeIndexOf,
} from '../../src/corpus/selection.ts';
import { histogram } from '../../src/records/time-index.ts';
import { binEdges, yearsSpan } from '../../src/corpus/time/time-bins.ts';
import { dayOf } from '../../src/records/day-span.ts';
import { DEFAULT_YEARS, timelineYears } from '../../src/records/years.ts';
import { buildEventFilter } from '../../src/map/events/event-filter.ts';

const event = (over: Partial<EventProperties>): EventProperties => ({
  id: 'e',
  kind: 'attack',
  date: '2016-06-05',
  datePrecision: 'day',
  dateNote: null,
  year: 2016,
  placeId: 'aktobe',
  placePrecision: 'city',
  abroad: false,
  summary: '',
  sourceIds: ['a'],
  ...over,
});

const events = [
  event({ id: 'attack-2016' }),
  event({ id: 'protest-2016', kind: 'protest', sourceIds: ['b'] }),
  event({ id: 'attack-2011', year: 2011, date: '2011-05', datePrecision: 'month', sourceIds: ['a', 'b'] }),
  event({ id: 'abroad-2015', year: 2015, date: '2015-05-01', abroad: true }),
  event({ id: 'undated', kind: 'prison-unrest', year: null, date: null, datePrecision: 'undated' }),
];
const ids = (s = DEFAULT_SELECTION) => events.filter((e) => matchesSelection(e, s)).map((e) => e.id);

describe('the reader’s selection', () => {
  it('shows everything by default, undated events included', () => {
    expect(ids()).toHaveLength(5);
  });
  it('keeps one year and drops undated events when a year is chosen', () => {
    expect(ids({ ...DEFAULT_SELECTION, range: yearsSpan(2016, 2016) })).toEqual([
      'attack-2016',
      'protest-2016',
    ]);
  });
  it('keeps an event dated to its month in any range it overlaps, and only in wider ones when wholly inside', () => {
    const days = { from: dayOf(2011, 5, 10), to: dayOf(2011, 5, 12) };
    expect(ids({ ...DEFAULT_SELECTION, range: days })).toEqual(['attack-2011']);
    expect(ids({ ...DEFAULT_SELECTION, range: days, wholly: true })).toEqual([]);
    const may = { from: dayOf(2011, 5, 1), to: dayOf(2011, 5, 31) };
    expect(ids({ ...DEFAULT_SELECTION, range: may, wholly: true })).toEqual(['attack-2011']);
  });
  it('hides an event only when every source that reports it is switched off', () => {
    expect(ids({ ...DEFAULT_SELECTION, hiddenSources: new Set(['b']) })).not.toContain('protest-2016');
    expect(ids({ ...DEFAULT_SELECTION, hiddenSources: new Set(['b']) })).toContain('attack-2011');
  });
  it('hides the regional comparisons on request', () => {
    expect(ids({ ...DEFAULT_SELECTION, comparisons: false })).not.toContain('abroad-2015');
  });
  it('counts kinds in the selection even when a kind is switched off', () => {
    const counts = selectionCounts(timeIndexOf(events, DEFAULT_SELECTION.hiddenSources).finish(), {
      ...DEFAULT_SELECTION,
      range: yearsSpan(2016, 2016),
      kinds: new Set(['protest']),
    });
    expect(counts.byKind.attack).toBe(1);
    expect(counts.byKind.protest).toBe(1);
    expect(counts.shown).toBe(1);
  });
  it('counts each year’s events of the kinds shown, comparisons only when they are shown', () => {
    const time = timeIndexOf(events, DEFAULT_SELECTION.hiddenSources).finish();
    const edges = binEdges(yearsSpan(2011, 2016), 'year');
    const perYear = (bars: Float64Array) =>
      [0, 4, 5].map((b) => bars.reduce((n, c, i) => (i % 6 === b ? n + c : n), 0));
    expect(perYear(histogram(time, edges, { kinds: DEFAULT_SELECTION.kinds, comparisons: true }))).toEqual([
      1, 1, 2,
    ]);
    expect(perYear(histogram(time, edges, { kinds: new Set(['attack']), comparisons: false }))).toEqual([
      1, 0, 1,
    ]);
  });
  it('spreads an event dated to its month over the days of the month in a histogram of days', () => {
    const time = timeIndexOf(events, DEFAULT_SELECTION.hiddenSources).finish();
    const may = binEdges({ from: dayOf(2011, 5, 1), to: dayOf(2011, 5, 31) }, 'day');
    const bars = histogram(time, may, { kinds: DEFAULT_SELECTION.kinds, comparisons: true });
    const attackRow = bars.slice(0, 31);
    expect(attackRow.every((n) => Math.abs(n - 1 / 31) < 1e-9)).toBe(true);
  });
  it('counts under all years every event, undated and off the timeline too', () => {
    const more = [...events, event({ id: 'far-future', year: 3016, date: '3016-01-01' })];
    const counts = selectionCounts(
      timeIndexOf(more, DEFAULT_SELECTION.hiddenSources).finish(),
      DEFAULT_SELECTION,
    );
    expect(counts.byKind.attack + counts.byKind.protest + counts.byKind['prison-unrest']).toBe(more.length);
  });
});

describe('the map filter', () => {
  it('is built from a year layer’s year, kinds and comparisons alone', () => {
    expect(buildEventFilter(2016, new Set(['protest', 'attack']), false)).toEqual([
      'all',
      ['in', ['get', 'kind'], ['literal', ['attack', 'protest']]],
      ['==', ['get', 'year'], 2016],
      ['!', ['get', 'abroad']],
    ]);
    expect(buildEventFilter(null, new Set(['law']), true)).toEqual([
      'all',
      ['in', ['get', 'kind'], ['literal', ['law']]],
    ]);
  });
});

describe('the timeline’s years', () => {
  it('are the sources’ 2005–2017 by default', () => {
    expect(DEFAULT_YEARS[0]).toBe(2005);
    expect(DEFAULT_YEARS.at(-1)).toBe(2017);
    expect(DEFAULT_YEARS).toHaveLength(13);
  });
  it('widen to take in every year the loaded events hold', () => {
    const years = timelineYears([2016, 1998, null, 2022]);
    expect([years[0], years.at(-1), years.length]).toEqual([1998, 2022, 25]);
  });
  it('leave out a year no event could have, which then shows under all years only', () => {
    expect(timelineYears([16, 20016])).toEqual(DEFAULT_YEARS);
  });
});

describe('a place’s passages', () => {
  it('are read source by source, in the sources’ order, each source’s in the order of its text', () => {
    const x = (id: string, sourceId: string, start: number) => ({ id, sourceId, start });
    const groups = groupedBySource(
      [
        x('b-late', 'b', 900),
        x('a-late', 'a', 500),
        x('unknown', 'z', 0),
        x('b-early', 'b', 10),
        x('a-early', 'a', 5),
      ],
      ['a', 'b'],
    );
    expect(groups.map((g) => [g.sourceId, g.excerpts.map((e) => e.id)])).toEqual([
      ['a', ['a-early', 'a-late']],
      ['b', ['b-early', 'b-late']],
      ['z', ['unknown']],
    ]);
  });
});

describe('a place’s passages in the chosen year', () => {
  const index = {
    '2011': { excerptIds: ['bombing', 'both-years'] },
    '2016': { excerptIds: ['attack', 'both-years'] },
    undated: { excerptIds: ['background'] },
  };

  it('gives every passage once under all years, and none left out', () => {
    expect(placeExcerptIds(index, null)).toEqual({
      inYear: ['bombing', 'both-years', 'attack', 'background'],
      otherYears: [],
    });
  });

  it('gives the year’s passages, and counts the rest as left out, a passage of two years only where it is not shown', () => {
    expect(placeExcerptIds(index, yearsSpan(2016, 2016))).toEqual({
      inYear: ['attack', 'both-years'],
      otherYears: ['bombing', 'background'],
    });
  });

  it('leaves every passage out in a year the place has none', () => {
    expect(placeExcerptIds(index, yearsSpan(2005, 2005))).toEqual({
      inYear: [],
      otherYears: ['bombing', 'both-years', 'attack', 'background'],
    });
  });
});
