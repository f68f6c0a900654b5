/**
 * The marks of a range that is no whole year, made so that moving the range redraws in one frame: each crowd
 * (place, kind, certainty, inside or abroad, sources) has one mark per size step up to its count over all time,
 * cut once per data version;
 * a range shows, by feature state, the one step that fits the count of its events in the range, and hides
 * the rest. A single event (zoomed in) is shown the same way, by its id. Pure: the tile worker and the tests
 * share it.
 */
import { spanShown } from '../records/day-span.ts';
import type { TileRange } from './event-tiles-messages.ts';
import type { MapEventProperties } from './map-feature-text.ts';

interface InFeature {
  geometry: { coordinates: number[] };
  properties: MapEventProperties;
}

/** Size steps: a mark grows with the log of its count (layers.ts), in steps of this much of ln(count). */
const STEP = 0.35;
/** Steps enough for 1 to ~18,000 events; a larger count takes the last. */
export const SIZE_STEPS = 28;

export const sizeStepOf = (count: number): number =>
  Math.min(SIZE_STEPS - 1, Math.floor(Math.log(count) / STEP));
/** The count a step's mark is drawn for: the middle of its step. */
const countOfStep = (step: number): number => Math.max(1, Math.round(Math.exp((step + 0.5) * STEP)));

/** A mark's feature id: its crowd and its size step (ids start at 1). */
export const markId = (crowd: number, step: number): number => crowd * SIZE_STEPS + step + 1;
/** A single event's feature id: its place in the events the worker holds, from 1. */
export const singleId = (index: number): number => index + 1;

export interface RangeMarks {
  /** Each crowd's mark of every step it can reach, with its id. */
  collection: {
    type: 'FeatureCollection';
    features: Array<{
      type: 'Feature';
      id: number;
      geometry: { type: 'Point'; coordinates: number[] };
      properties: MapEventProperties & { count: number; members: string };
    }>;
  };
  /** The crowd of each event (-1: undated, in no range). */
  crowdOf: Int32Array;
  crowds: number;
}

const uncertain = (p: MapEventProperties) => p.datePrecision !== 'day' || p.placePrecision !== 'city';

export function rangeMarks(features: readonly InFeature[]): RangeMarks {
  const crowdOf = new Int32Array(features.length).fill(-1);
  const crowds = new Map<
    string,
    { index: number; first: MapEventProperties; lon: number; lat: number; n: number }
  >();
  features.forEach((f, i) => {
    const p = f.properties;
    if (p.dayFrom === undefined) return;
    const key = `${p.placeId}|${p.kind}|${uncertain(p) ? 1 : 0}|${p.abroad ? 1 : 0}|${p.sources ?? ''}`;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    let crowd = crowds.get(key);
    if (!crowd) crowds.set(key, (crowd = { index: crowds.size, first: p, lon: 0, lat: 0, n: 0 }));
    crowd.lon += lon;
    crowd.lat += lat;
    crowd.n += 1;
    crowdOf[i] = crowd.index;
  });
  const marks: RangeMarks['collection']['features'] = [];
  for (const crowd of crowds.values()) {
    // At the middle of its events, as aggregate-events.ts places a crowd.
    const coordinates = [crowd.lon / crowd.n, crowd.lat / crowd.n];
    // A crowd's count in a range never passes its count over all time: no larger step is needed.
    for (let step = 0; step <= sizeStepOf(crowd.n); step++) {
      marks.push({
        type: 'Feature',
        id: markId(crowd.index, step),
        geometry: { type: 'Point', coordinates },
        properties: { ...crowd.first, count: countOfStep(step), members: '' },
      });
    }
  }
  return { collection: { type: 'FeatureCollection', features: marks }, crowdOf, crowds: crowds.size };
}

/** The ids a range shows: each crowd's mark of the step its count in the range falls in, and each event in it. */
export function shownIds(
  features: readonly InFeature[],
  marks: Pick<RangeMarks, 'crowdOf' | 'crowds'>,
  days: TileRange,
): { marks: Set<number>; singles: Set<number> } {
  const counts = new Uint32Array(marks.crowds);
  const singles = new Set<number>();
  features.forEach(({ properties: p }, i) => {
    if (p.dayFrom === undefined || p.dayTo === undefined) return;
    if (!spanShown(p.dayFrom, p.dayTo, days, days.wholly)) return;
    singles.add(singleId(i));
    counts[marks.crowdOf[i]!]! += 1;
  });
  const shown = new Set<number>();
  counts.forEach((n, crowd) => {
    if (n > 0) shown.add(markId(crowd, sizeStepOf(n)));
  });
  return { marks: shown, singles };
}

/** What changed between two sets of shown ids. */
export function idChanges(
  before: ReadonlySet<number>,
  after: ReadonlySet<number>,
): { show: number[]; hide: number[] } {
  return {
    show: [...after].filter((id) => !before.has(id)),
    hide: [...before].filter((id) => !after.has(id)),
  };
}
