import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, type EventProperties } from '../../src/records/schema.ts';
import { matchesSelection, type Selection, DEFAULT_SELECTION } from '../../src/corpus/selection.ts';
import {
  archiveRangeFilter,
  archiveSourcesFilter,
  buildEventFilter,
} from '../../src/map/events/event-filter.ts';
import { sourcesKey } from '../../src/tiles/map-feature-text.ts';
import { dayOf, daySpanOf, isoOfDay } from '../../src/records/day-span.ts';

const SOURCES = ['a', 'b', 'c'];
/** Days from late December 2021 to early February 2022: weeks and months cross the year's and months' ends. */
const FIRST = dayOf(2021, 12, 20);
const aDay = fc.integer({ min: FIRST, max: FIRST + 50 });
const aDate = fc.oneof(
  aDay.map((d) => ({ date: isoOfDay(d), datePrecision: 'day' as const })),
  aDay.map((d) => ({ date: isoOfDay(d), datePrecision: 'week' as const })),
  aDay.map((d) => ({ date: isoOfDay(d).slice(0, 7), datePrecision: 'month' as const })),
  aDay.map((d) => ({ date: isoOfDay(d).slice(0, 4), datePrecision: 'year' as const })),
  fc.constant({ date: null, datePrecision: 'undated' as const }),
);

const anEvent = fc.record({
  kind: fc.constantFrom(...EVENT_KINDS),
  when: aDate,
  abroad: fc.boolean(),
  sourceIds: fc.uniqueArray(fc.constantFrom(...SOURCES), { minLength: 1 }),
});
const aRange = fc.option(
  fc.tuple(aDay, aDay).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
);
const aSelection = fc.record({
  range: aRange,
  wholly: fc.boolean(),
  kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS)).map((k) => new Set(k)),
  comparisons: fc.boolean(),
  hiddenSources: fc.uniqueArray(fc.constantFrom(...SOURCES)).map((s) => new Set(s)),
});

/** Whether the map draws an event: its filter over the feature's properties as an archive's tiles carry them. */
function onTheMap(e: EventProperties, s: Selection): boolean {
  const span = daySpanOf(e.datePrecision, e.date);
  const feature = {
    type: 'Point',
    properties: {
      kind: e.kind,
      abroad: e.abroad,
      sources: sourcesKey(e.sourceIds),
      ...(span && { dayFrom: span[0], dayTo: span[1] }),
    },
  } as never;
  const zoom = { zoom: 4 } as never;
  const filter = s.range
    ? archiveRangeFilter(s.range, s.wholly, s.kinds, s.comparisons)
    : buildEventFilter(null, s.kinds, s.comparisons);
  const layer = featureFilter(filter, 'layers[0].filter');
  const sources = archiveSourcesFilter(SOURCES, s.hiddenSources);
  return (
    layer.filter(zoom, feature) &&
    (sources === null || featureFilter(sources, 'layers[0].filter').filter(zoom, feature))
  );
}

describe('the selection rules', () => {
  it('show on the map exactly the events the list, counts and exports show, for any events and selection', () => {
    fc.assert(
      fc.property(anEvent, aSelection, (e, picked) => {
        const s: Selection = { ...DEFAULT_SELECTION, ...picked };
        const { when, ...rest } = e;
        const event = { ...rest, ...when, id: 'e', placeId: 'p' } as EventProperties;
        expect(onTheMap(event, s)).toBe(matchesSelection(event, s));
      }),
      { numRuns: 2000 },
    );
  });
});
