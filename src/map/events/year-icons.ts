/**
 * How the map shows one year, or all. Two parts:
 *
 * - **A layer per year** with events, each with a fixed year filter over the one events source. The split keeps
 *   each symbol bucket small: one layer holding 100,000 events overflows MapLibre's symbol buckets at low zoom
 *   (`opacityVertexArray.length !== layoutVertexArray.length / 4`) and the map never becomes idle.
 * - **The year lives in the icon atlas, not in the style.** Every event's icon name ends with its year key
 *   (`attack-solid-2016`, `law-hollow-undated`); choosing a year swaps the other years' icons for transparent
 *   pixels with `map.updateImage` and asks for one repaint. Any style change (a filter, `visibility`, even a
 *   paint property) costs MapLibre two frames: it evaluates the change in one and schedules a second. A filter
 *   or visibility change also rebuilds the source's tiles in the worker. An image update is not a style change:
 *   one frame, no worker. The price: events of hidden years are still placed and drawn (transparent), so one
 *   year costs what all years cost, and clicks must skip them (`isEventShown`).
 *
 * Where events crowd, a mark stands for many (aggregate-events.ts) and comes twice: a year's mark, keyed
 * `only2016`, drawn only when that year is chosen, and the mark of all years, keyed `all` (in a layer of its
 * own), drawn only for "All years". Single events, keyed by their year, are drawn for their year and for all.
 *
 * A range that is not one whole year is not shown by icons: the years' icons are all blanked (the view `none`)
 * and the range's own layers, whose icons carry the key `range` and are always drawn, show each mark and event
 * by its feature state (use-range-states.ts).
 *
 * docs/scaling.md has the measured figures of each design tried.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { drawEventIcons } from './event-icons.ts';
import { WARM_UP_ICON } from '../basemap/shader-warm-up.ts';

export const UNDATED = 'undated';
/** The key of the marks that stand for every year's events at a place. */
export const ALL_YEARS = 'all';
const ONLY = 'only';
/** The key of the icons of the range's own layer, always shown. */
export const RANGE_KEY = 'range';

/** What the year icons show: every year (null), one year, or none (a range is drawn by its own layer). */
export type YearView = number | null | 'none';

/** The key of an event's year: the year itself (any year the data hold, not only the sources'), or
 * "undated". A year that is not a positive whole number counts as undated. */
export function yearKey(year: unknown): string {
  return typeof year === 'number' && Number.isInteger(year) && year > 0 ? String(year) : UNDATED;
}

/** The key a mark's icon carries: a single event's year key, `only<year>` for a year's mark, or `all`. */
export function markKey(properties: { year?: unknown; count?: unknown; allYears?: unknown }): string {
  if (properties.allYears) return ALL_YEARS;
  const key = yearKey(properties.year);
  return properties.count !== undefined && key !== UNDATED ? `${ONLY}${key}` : key;
}

const isYearKey = (key: string) =>
  key === UNDATED || key === ALL_YEARS || key === RANGE_KEY || /^(only)?[1-9]\d*$/.test(key);

/**
 * The event layers: a layer for each year key with events, oldest first and undated after them, then one for
 * the marks of all years.
 */
export function yearKeysWithEvents(eventYears: Iterable<number | null>): string[] {
  const present = new Set<string>();
  for (const year of eventYears) present.add(yearKey(year));
  if (present.size === 0) return [];
  const years = [...present].filter((k) => k !== UNDATED).sort((a, b) => Number(a) - Number(b));
  return [...years, ...(present.has(UNDATED) ? [UNDATED] : []), ALL_YEARS];
}

/** Whether an event has a year, as a MapLibre expression (yearKey() is not UNDATED). */
export const HAS_YEAR_EXPRESSION: ExpressionSpecification = ['>', ['to-number', ['get', 'year'], 0], 0];

/** markKey() as a MapLibre expression, for the icon name. */
export const YEAR_KEY_EXPRESSION: ExpressionSpecification = [
  'case',
  ['has', 'allYears'],
  ALL_YEARS,
  ['all', ['has', 'count'], HAS_YEAR_EXPRESSION],
  ['concat', ONLY, ['to-string', ['get', 'year']]],
  HAS_YEAR_EXPRESSION,
  ['to-string', ['get', 'year']],
  UNDATED,
];

/**
 * Which marks are drawn: for a year, its events and its marks; for all years, every event (undated included)
 * and the marks of all years.
 */
export function isYearVisible(key: string, selectedYear: YearView): boolean {
  if (key === RANGE_KEY) return true;
  if (selectedYear === 'none') return false;
  if (key === ALL_YEARS) return selectedYear === null;
  if (key.startsWith(ONLY)) return key === `${ONLY}${selectedYear}`;
  return selectedYear === null || key === String(selectedYear);
}

/** A feature MapLibre returns for a click is shown unless it is an event of a hidden year. */
export function isEventShown(
  properties: { year?: unknown; count?: unknown; allYears?: unknown },
  selectedYear: YearView,
): boolean {
  return isYearVisible(markKey(properties), selectedYear);
}

export const yearIconName = (baseName: string, key: string): string => `${baseName}-${key}`;

/** The part of a MapLibre map this module uses (a fake in unit tests). */
export interface IconMap {
  hasImage(id: string): boolean;
  addImage(id: string, image: ImageData, options: { pixelRatio: number }): void;
  updateImage(id: string, image: ImageData): void;
  setMissingStyleImageResolver(resolver: ((id: string) => void) | null): void;
  triggerRepaint(): void;
}

interface MapIcons {
  icons: Map<string, ImageData>;
  blank: ImageData;
  /** The year chosen now (null: all), which decides what an icon asked for later looks like. */
  selectedYear: YearView;
  /** Year keys the map has icons for: a year change updates only these. */
  keys: Set<string>;
}

/** Per map: its drawn icons and which year keys are shown now, so a change touches only what changes. */
const iconsByMap = new WeakMap<IconMap, MapIcons>();

/**
 * Gives the map its event icons on demand: MapLibre asks for an icon the first time a tile needs it, and it is
 * added then, in its year's current state. So only the kinds, precisions and years the data hold become images
 * (about 20 for the five articles, rather than 7 kinds × 2 × 14 years), and each addImage, which makes MapLibre
 * re-evaluate its style, happens only for those. Call once the style exists; calling again does nothing.
 */
export function provideYearIcons(
  map: IconMap,
  selectedYear: YearView,
  pixelRatio = Math.min(2, window.devicePixelRatio || 1),
): void {
  if (iconsByMap.has(map)) return;
  const icons = drawEventIcons(pixelRatio);
  const [first] = icons.values();
  const state: MapIcons = {
    icons,
    blank: new ImageData(first!.width, first!.height),
    selectedYear,
    keys: new Set(),
  };
  iconsByMap.set(map, state);
  map.setMissingStyleImageResolver((id) => {
    // The shader warm-up's icon: drawn, never seen.
    if (id === WARM_UP_ICON) return map.addImage(id, state.blank, { pixelRatio });
    const cut = id.lastIndexOf('-');
    const icon = icons.get(id.slice(0, cut));
    const key = id.slice(cut + 1);
    if (!icon || !isYearKey(key)) return; // not one of ours: MapLibre reports it missing
    state.keys.add(key);
    map.addImage(id, isYearVisible(key, state.selectedYear) ? icon : state.blank, { pixelRatio });
  });
}

/** Shows the chosen year's icons (or all) and blanks the rest; one repaint. A no-op before the icons exist. */
export function showYear(map: IconMap, selectedYear: YearView): void {
  const state = iconsByMap.get(map);
  if (!state) return;
  const before = state.selectedYear;
  state.selectedYear = selectedYear;
  const changed = [...state.keys].filter(
    (key) => isYearVisible(key, selectedYear) !== isYearVisible(key, before),
  );
  if (changed.length === 0) return;
  for (const key of changed) {
    const shown = isYearVisible(key, selectedYear);
    for (const [name, icon] of state.icons) {
      const id = yearIconName(name, key);
      // An icon not asked for yet will be added in the state just set.
      if (map.hasImage(id)) map.updateImage(id, shown ? icon : state.blank);
    }
  }
  map.triggerRepaint();
}
