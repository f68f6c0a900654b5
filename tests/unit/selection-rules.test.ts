import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, type EventProperties } from '../../src/records/schema.ts';
import { matchesSelection, type Selection, DEFAULT_SELECTION } from '../../src/corpus/selection.ts';
import { archiveSourcesFilter, buildEventFilter } from '../../src/map/events/event-filter.ts';
import { sourcesKey } from '../../src/tiles/map-feature-text.ts';

const SOURCES = ['a', 'b', 'c'];
const YEARS = [2011, 2015, 2016];

const anEvent = fc.record({
  kind: fc.constantFrom(...EVENT_KINDS),
  year: fc.constantFrom(null, ...YEARS),
  abroad: fc.boolean(),
  sourceIds: fc.uniqueArray(fc.constantFrom(...SOURCES), { minLength: 1 }),
});
const aSelection = fc.record({
  year: fc.constantFrom(null, ...YEARS),
  kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS)).map((k) => new Set(k)),
  comparisons: fc.boolean(),
  hiddenSources: fc.uniqueArray(fc.constantFrom(...SOURCES)).map((s) => new Set(s)),
});

/** Whether the map draws an event: its filter over the feature's properties as an archive's tiles carry them. */
function onTheMap(e: Pick<EventProperties, 'kind' | 'year' | 'abroad' | 'sourceIds'>, s: Selection): boolean {
  const feature = {
    type: 'Point',
    properties: { kind: e.kind, year: e.year, abroad: e.abroad, sources: sourcesKey(e.sourceIds) },
  } as never;
  const zoom = { zoom: 4 } as never;
  const layer = featureFilter(buildEventFilter(s.year, s.kinds, s.comparisons), 'layers[0].filter');
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
        const event = { ...e, id: 'e', placeId: 'p' } as EventProperties;
        expect(onTheMap(e, s)).toBe(matchesSelection(event, s));
      }),
      { numRuns: 2000 },
    );
  });
});
