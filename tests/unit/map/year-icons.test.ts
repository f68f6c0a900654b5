import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_KINDS, type EventsCollection } from '../../../src/records/schema.ts';
import { isUncertain } from '../../../src/records/vocabulary.ts';

// Node has no canvas: two-pixel stand-ins for the drawn icons, opaque, with the real base names.
class FakeImageData {
  data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
    fill = 0,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4).fill(fill);
  }
}
vi.mock('../../../src/map/events/event-icons.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/map/events/event-icons.ts')>();
  return {
    ...real,
    drawEventIcons: () =>
      new Map(
        EVENT_KINDS.flatMap((kind) =>
          [false, true].map((hollow) => [real.iconName(kind, hollow), new FakeImageData(1, 2, 255)]),
        ),
      ),
  };
});

const {
  UNDATED,
  isEventShown,
  isYearVisible,
  markKey,
  provideYearIcons,
  showYear,
  yearKey,
  yearKeysWithEvents,
} = await import('../../../src/map/events/year-icons.ts');
const { yearLayerFilter } = await import('../../../src/map/events/event-filter.ts');
const { eventLayer } = await import('../../../src/map/events/layers.ts');

/** The sources' years and the undated: the icons a map holds for the five articles. */
const YEAR_KEYS = [...Array.from({ length: 13 }, (_, i) => String(2005 + i)), 'undated'];

/** A map that only keeps images, enough to see what year-icons.ts asks of MapLibre. */
function fakeMap() {
  const images = new Map<string, FakeImageData>();
  return {
    images,
    repaints: 0,
    updates: 0,
    hasImage: (id: string) => images.has(id),
    addImage(id: string, image: ImageData) {
      if (images.has(id)) throw new Error(`image ${id} added twice`);
      images.set(id, image as unknown as FakeImageData);
      // MapLibre fires styledata synchronously on every addImage, and the map view adds icons on styledata.
      this.onStyleData?.();
    },
    onStyleData: undefined as (() => void) | undefined,
    resolver: null as ((id: string) => void) | null,
    setMissingStyleImageResolver(resolver: ((id: string) => void) | null) {
      this.resolver = resolver;
    },
    /** What MapLibre does when a tile needs an icon the map does not hold. */
    ask(id: string) {
      if (!images.has(id)) this.resolver?.(id);
    },
    /** Every icon the event layer can name. */
    askForAll() {
      for (const kind of EVENT_KINDS)
        for (const fill of ['solid', 'hollow'])
          for (const key of YEAR_KEYS) this.ask(`${kind}-${fill}-${key}`);
    },
    updateImage(id: string, image: ImageData) {
      if (!images.has(id)) throw new Error(`no image ${id}`);
      images.set(id, image as unknown as FakeImageData);
      this.updates += 1;
    },
    triggerRepaint() {
      this.repaints += 1;
    },
    /** Year keys whose icons hold any visible pixel. */
    drawnYears() {
      const drawn = [...images].filter(([, image]) => image.data.some((v) => v > 0)).map(([id]) => id);
      return YEAR_KEYS.filter((key) => drawn.some((id) => id.endsWith(`-${key}`)));
    },
  };
}

beforeAll(() => {
  (globalThis as { ImageData?: unknown }).ImageData = FakeImageData;
  (globalThis as { window?: unknown }).window = { devicePixelRatio: 1 };
});

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
    expect(yearKeysWithEvents(events.features.map((f) => f.properties.year))).toEqual([
      '2011',
      '2016',
      'undated',
      'all',
    ]);
    expect(yearKeysWithEvents([])).toEqual([]);
  });
  it('gets a layer for a year beyond the sources’ too, in order', () => {
    const events: EventsCollection = {
      type: 'FeatureCollection',
      features: [at('a', 2022), at('b', null), at('c', 1998), at('d', 2016)],
    };
    expect(yearKeysWithEvents(events.features.map((f) => f.properties.year))).toEqual([
      '1998',
      '2016',
      '2022',
      'undated',
      'all',
    ]);
  });
  it('fixes each layer’s year in its filter, next to the reader’s kinds', () => {
    expect(yearLayerFilter('2016', new Set(['attack']), true)).toEqual([
      'all',
      ['in', ['get', 'kind'], ['literal', ['attack']]],
      ['==', ['get', 'year'], 2016],
    ]);
    const undated = featureFilter(yearLayerFilter('undated', new Set(['law']), false), 'layers[0].filter');
    const law = (year: number | null, abroad = false) =>
      undated.filter({ zoom: 5 }, { type: 1, properties: { kind: 'law', year, abroad } } as never);
    expect([law(null), law(0), law(2016), law(null, true)]).toEqual([true, true, false, false]);
    // The marks of all years have no year either, but a layer of their own.
    const mark = (filter: ReturnType<typeof featureFilter>, properties: object) =>
      filter.filter({ zoom: 5 }, {
        type: 1,
        properties: { kind: 'law', abroad: false, ...properties },
      } as never);
    const allYears = featureFilter(yearLayerFilter('all', new Set(['law']), false), 'layers[0].filter');
    const markOfAll = { year: null, count: 3, allYears: true };
    expect([mark(undated, markOfAll), mark(allYears, markOfAll)]).toEqual([false, true]);
    expect([mark(allYears, { year: null }), mark(allYears, { year: 2016, count: 2 })]).toEqual([
      false,
      false,
    ]);
  });
});

describe('years shown by their icons', () => {
  it('keys an event by any year it has, and files no year (or a nonsense one) with the undated', () => {
    expect(yearKey(2005)).toBe('2005');
    expect(yearKey(1999)).toBe('1999');
    expect(yearKey(null)).toBe(UNDATED);
    expect(yearKey(0)).toBe(UNDATED);
    expect(yearKey(2016.5)).toBe(UNDATED);
  });

  it('shows one year for a year, every year and the undated for all years', () => {
    expect(YEAR_KEYS.filter((k) => isYearVisible(k, 2011))).toEqual(['2011']);
    expect(YEAR_KEYS.filter((k) => isYearVisible(k, null))).toEqual(YEAR_KEYS);
  });

  it('shows a year’s crowd marks for that year only, and the marks of all years for all years only', () => {
    const keys = ['2011', 'only2011', 'only2016', 'all'];
    expect(keys.filter((k) => isYearVisible(k, 2011))).toEqual(['2011', 'only2011']);
    expect(keys.filter((k) => isYearVisible(k, null))).toEqual(['2011', 'all']);
    expect(markKey({ year: 2016, count: 4 })).toBe('only2016');
    expect(markKey({ year: null, count: 9, allYears: true })).toBe('all');
    expect(markKey({ year: 2016 })).toBe('2016');
  });

  it('names in the layer an icon that the map can provide, for every kind, precision and year', () => {
    const map = fakeMap();
    provideYearIcons(map, null, 1);
    const iconImage = createPropertyExpression(
      eventLayer.layout!['icon-image'],
      'icon-image',
      latest.layout_symbol['icon-image'] as never,
    );
    if (iconImage.result !== 'success') throw new Error(JSON.stringify(iconImage.value));
    for (const kind of EVENT_KINDS)
      for (const year of [2005, 2016, 2017, 1999, null])
        for (const datePrecision of ['day', 'month'])
          for (const placePrecision of ['city', 'region']) {
            const properties = { kind, year, datePrecision, placePrecision };
            const name = String(
              iconImage.value.evaluate(
                { zoom: 5 },
                { type: 'Point', properties } as never,
                {},
                undefined,
                [],
              ),
            );
            const uncertain = isUncertain({ datePrecision, placePrecision } as never);
            expect(name).toBe(`${kind}-${uncertain ? 'hollow' : 'solid'}-${yearKey(year)}`);
            map.ask(name);
            expect(map.hasImage(name)).toBe(true);
            // The crowd marks: a year's, and all years'.
            for (const mark of [{ count: 2 }, { count: 5, allYears: true, year: null }]) {
              const markProperties = { ...properties, ...mark };
              const markName = String(
                iconImage.value.evaluate(
                  { zoom: 5 },
                  { type: 'Point', properties: markProperties } as never,
                  {},
                  undefined,
                  [],
                ),
              );
              expect(markName).toBe(`${kind}-${uncertain ? 'hollow' : 'solid'}-${markKey(markProperties)}`);
              map.ask(markName);
              expect(map.hasImage(markName), markName).toBe(true);
            }
          }
  });

  it('adds an icon only when the map asks for it, drawn if its year is shown and blank if not', () => {
    const map = fakeMap();
    map.onStyleData = () => provideYearIcons(map, 2011, 1);
    provideYearIcons(map, 2016, 1);
    expect(map.images.size).toBe(0);
    map.ask('attack-solid-2016');
    map.ask('protest-hollow-2011');
    expect(map.images.size).toBe(2);
    expect(map.drawnYears()).toEqual(['2016']);
  });

  it('leaves names it does not know to MapLibre', () => {
    const map = fakeMap();
    provideYearIcons(map, null, 1);
    map.ask('attack-solid-19x9');
    map.ask('volcano-solid-2016');
    map.ask('nonsense');
    expect(map.images.size).toBe(0);
  });

  it('changes only the icons of the years that change, with one repaint', () => {
    const map = fakeMap();
    provideYearIcons(map, 2016, 1);
    map.askForAll();
    showYear(map, 2011);
    expect(map.drawnYears()).toEqual(['2011']);
    expect(map.updates).toBe(2 * EVENT_KINDS.length * 2);
    expect(map.repaints).toBe(1);
    showYear(map, 2011);
    expect(map.repaints).toBe(1);
    showYear(map, null);
    expect(map.drawnYears()).toEqual(YEAR_KEYS);
  });

  it('adds an icon first asked for after a year change in the new year’s state', () => {
    const map = fakeMap();
    provideYearIcons(map, null, 1);
    map.ask('law-solid-2016');
    showYear(map, 2005);
    map.ask('attack-solid-2005');
    map.ask('attack-solid-2016');
    expect(map.drawnYears()).toEqual(['2005']);
  });

  it('waits for the icons before showing a year, instead of touching images that do not exist', () => {
    const map = fakeMap();
    expect(() => showYear(map, 2011)).not.toThrow();
    expect(map.repaints).toBe(0);
  });

  it('lets a click through only on events of a shown year', () => {
    expect(isEventShown({ year: 2016 }, 2016)).toBe(true);
    expect(isEventShown({ year: 2011 }, 2016)).toBe(false);
    expect(isEventShown({}, null)).toBe(true);
    expect(isEventShown({}, 2016)).toBe(false);
    expect(isEventShown({ year: 2016, count: 3 }, 2016)).toBe(true);
    expect(isEventShown({ year: 2016, count: 3 }, null)).toBe(false);
    expect(isEventShown({ year: null, count: 9, allYears: true }, null)).toBe(true);
    expect(isEventShown({ year: null, count: 9, allYears: true }, 2016)).toBe(false);
  });
});
