import { describe, expect, it } from 'vitest';
import {
  idChanges,
  markId,
  rangeMarks,
  shownIds,
  singleId,
  sizeStepOf,
  SIZE_STEPS,
} from '../../../src/tiles/range-marks.ts';
import { mapEventAt } from '../../fixtures/map-events.ts';
import { dayOf } from '../../../src/records/day-span.ts';

const on = (id: string, day: number, over = {}) =>
  mapEventAt(id, 57.2, 50.3, { dayFrom: day, dayTo: day, ...over });
const JAN = dayOf(2022, 1, 1);
const events = [
  ...Array.from({ length: 12 }, (_, i) => on(`aktobe-${i}`, JAN + i)),
  on('aktobe-month', JAN, { dayTo: JAN + 30, datePrecision: 'month' }),
  mapEventAt('undated', 57.2, 50.3, { year: null, datePrecision: 'undated' }),
  on('almaty', JAN + 3, { placeId: 'almaty' }),
];

describe('a range’s marks', () => {
  const marks = rangeMarks(events);

  it('give each crowd one mark per size step up to its count, and leave undated events out of every crowd', () => {
    // Aktobe's twelve day-dated protests, its month-dated one (hollow), Almaty's one.
    expect(marks.crowds).toBe(3);
    const steps = sizeStepOf(12) + 1 + 1 + 1;
    expect(steps).toBeLessThan(SIZE_STEPS);
    expect(marks.collection.features).toHaveLength(steps);
    expect(new Set(marks.collection.features.map((f) => f.id)).size).toBe(steps);
    expect(marks.crowdOf[13]).toBe(-1);
  });

  it('show the mark of the step its count in the range falls in, and each single event in the range', () => {
    const shown = shownIds(events, marks, { from: JAN + 2, to: JAN + 4, wholly: false });
    // Three of Aktobe's days, its month overlapping, Almaty's day.
    expect([...shown.marks].sort((a, b) => a - b)).toEqual(
      [markId(0, sizeStepOf(3)), markId(1, sizeStepOf(1)), markId(2, sizeStepOf(1))].sort((a, b) => a - b),
    );
    expect([...shown.singles].sort((a, b) => a - b)).toEqual([3, 4, 5, 13, 15].map((i) => singleId(i - 1)));
    const wholly = shownIds(events, marks, { from: JAN + 2, to: JAN + 4, wholly: true });
    expect(wholly.singles.has(singleId(12))).toBe(false);
  });

  it('change only what moving the range changes', () => {
    const before = shownIds(events, marks, { from: JAN, to: JAN + 5, wholly: false });
    const after = shownIds(events, marks, { from: JAN, to: JAN + 6, wholly: false });
    expect(idChanges(before.singles, after.singles)).toEqual({ show: [singleId(6)], hide: [] });
    // Aktobe's crowd grows from 6 to 7: its mark changes step only if the step does.
    const changes = idChanges(before.marks, after.marks);
    expect(changes.show.length).toBe(sizeStepOf(6) === sizeStepOf(7) ? 0 : 1);
  });
});
