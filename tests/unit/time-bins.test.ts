import { describe, expect, it } from 'vitest';
import { binAfter, binEdges, binEnd, binUnitFor, yearsSpan } from '../../src/corpus/time/time-bins.ts';
import { dayOf, isoOfDay } from '../../src/records/day-span.ts';
import { nextStep } from '../../src/panels/timeline/use-play.ts';

const span = (from: string, to: string) => ({
  from: dayOf(+from.slice(0, 4), +from.slice(5, 7), +from.slice(8, 10)),
  to: dayOf(+to.slice(0, 4), +to.slice(5, 7), +to.slice(8, 10)),
});

describe('the timeline’s bins', () => {
  it('read decades by year, a year by month and a few weeks by day', () => {
    expect(binUnitFor(yearsSpan(2005, 2017))).toBe('year');
    expect(binUnitFor(yearsSpan(2016, 2016))).toBe('month');
    expect(binUnitFor(span('2022-01-01', '2022-01-31'))).toBe('day');
  });
  it('start at the first bin the view touches and end after the last', () => {
    const edges = binEdges(span('2021-12-15', '2022-02-10'), 'month');
    expect([...edges].map(isoOfDay)).toEqual(['2021-12-01', '2022-01-01', '2022-02-01', '2022-03-01']);
    expect(isoOfDay(binAfter(dayOf(2016, 1, 31), 'month'))).toBe('2016-02-01');
    expect(isoOfDay(binEnd(dayOf(2016, 2, 10), 'month'))).toBe('2016-02-29');
  });
});

describe('Play', () => {
  const view = span('2022-01-01', '2022-01-04');
  it('steps one bin at a time from the view’s start, and stops at its end', () => {
    const first = nextStep(null, view, 'day', false)!;
    expect(first).toEqual(span('2022-01-01', '2022-01-01'));
    expect(nextStep(first, view, 'day', false)).toEqual(span('2022-01-02', '2022-01-02'));
    expect(nextStep(span('2022-01-04', '2022-01-04'), view, 'day', false)).toBeNull();
    expect(
      nextStep(span('2022-01-03', '2022-01-03'), span('2022-01-01', '2022-01-03'), 'day', false),
    ).toBeNull();
  });
  it('grows the range from the view’s start when cumulative', () => {
    expect(nextStep(span('2022-01-01', '2022-01-02'), view, 'day', true)).toEqual(
      span('2022-01-01', '2022-01-03'),
    );
  });
});
