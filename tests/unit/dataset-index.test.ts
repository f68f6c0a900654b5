import { describe, expect, it } from 'vitest';
import { byDate } from '../../src/records/by-date.ts';
import { DatasetIndexBuilder } from '../../src/datasets/dataset-index.ts';
import type { EventProperties } from '../../src/records/schema.ts';

/** Just the fields the index reads; the rest of an event does not matter to it. */
function event(row: number, date: string | null, placeId: string, linked: string[] = []): EventProperties {
  return {
    id: `data-x-row-${row}`,
    date,
    year: date === null ? null : Number(date.slice(0, 4)),
    placeId,
    kind: 'protest',
    sourceIds: [],
    imported: { linkedEventIds: linked },
  } as unknown as EventProperties;
}

/** A scrambled but repeatable order of n events over a few years, some undated, some on the same day. */
function scrambled(n: number): EventProperties[] {
  const events: EventProperties[] = [];
  for (let i = 0; i < n; i++) {
    const k = (i * 7919) % n;
    const date = k % 13 === 0 ? null : `${2010 + (k % 7)}-0${1 + (k % 9)}-1${k % 10}`;
    events.push(event(i + 2, date, `place-${k % 5}`, k % 50 === 0 ? ['aktobe-2016-06-05'] : []));
  }
  return events;
}

describe('a dataset index built slice by slice', () => {
  it('lists the events in the same order as one sort of them all, whatever the number of slices', () => {
    const events = scrambled(2345);
    const expected = [...events].sort(byDate).map((e) => e.id);
    for (const size of [1, 100, 333, 1000, 5000]) {
      const builder = new DatasetIndexBuilder();
      for (let at = 0; at < events.length; at += size)
        builder.add(events.slice(at, at + size).map((properties) => ({ properties })));
      expect(builder.finish().events.map((e) => e.id)).toEqual(expected);
    }
  });

  it('groups the events by place, oldest first, and knows their years and the article events they record', () => {
    const events = scrambled(500);
    const builder = new DatasetIndexBuilder();
    for (let at = 0; at < events.length; at += 64)
      builder.add(events.slice(at, at + 64).map((properties) => ({ properties })));
    const index = builder.finish();
    const atPlace = index.eventsByPlace.get('place-2')!;
    expect(atPlace.map((e) => e.id)).toEqual(
      events
        .filter((e) => e.placeId === 'place-2')
        .sort(byDate)
        .map((e) => e.id),
    );
    expect(index.years).toEqual(new Set(events.map((e) => e.year)));
    expect(index.recordsOfEvent.get('aktobe-2016-06-05')).toHaveLength(10);
  });
});
