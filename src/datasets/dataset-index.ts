/**
 * A dataset's own indexes (its events by date and by place, the article events it records, its years and its
 * events' spans of days), made once per dataset, and while its slices arrive when it is imported. The app's
 * indexes then join them to the articles' instead of walking 100,000 events again at every change.
 */
import { byDate, DateOrder, mergeSorted } from '../records/by-date.ts';
import { TimeIndexBuilder, type TimeIndex } from '../records/time-index.ts';
import type { ResolvedDataset } from './resolve-dataset.ts';
import type { EventProperties } from '../records/schema.ts';

export interface DatasetIndex {
  /** Oldest first (byDate). */
  events: EventProperties[];
  eventsByPlace: Map<string, EventProperties[]>;
  recordsOfEvent: Map<string, EventProperties[]>;
  years: Set<number | null>;
  /** Its events' spans of days: a dataset is switched on or off whole, so the page joins this as it is. */
  time: TimeIndex;
}

/** Two date-sorted lists of events as one (see mergeSorted). */
export const mergeByDate = (a: readonly EventProperties[], b: readonly EventProperties[]) =>
  mergeSorted(a, b, byDate);

export class DatasetIndexBuilder {
  /** Each event put by its date as it comes (see DateOrder). */
  private readonly sorted = new DateOrder<EventProperties>((e) => e);
  private readonly recordsOfEvent = new Map<string, EventProperties[]>();
  private readonly years = new Set<number | null>();
  private readonly time = new TimeIndexBuilder();

  /** One slice of events, in any order. */
  add(features: ReadonlyArray<{ properties: EventProperties }>): void {
    const slice = features.map((f) => f.properties);
    for (const e of slice) {
      this.years.add(e.year);
      this.time.addEvent(e);
      for (const id of e.imported?.linkedEventIds ?? []) {
        const records = this.recordsOfEvent.get(id);
        if (records) records.push(e);
        else this.recordsOfEvent.set(id, [e]);
      }
    }
    this.sorted.add(slice);
  }

  finish(): DatasetIndex {
    const sorted = this.sorted.finish();
    const eventsByPlace = new Map<string, EventProperties[]>();
    for (const e of sorted) {
      const list = eventsByPlace.get(e.placeId);
      if (list) list.push(e);
      else eventsByPlace.set(e.placeId, [e]);
    }
    for (const records of this.recordsOfEvent.values()) records.sort(byDate);
    return {
      events: sorted,
      eventsByPlace,
      recordsOfEvent: this.recordsOfEvent,
      years: this.years,
      time: this.time.finish(),
    };
  }
}

const made = new WeakMap<object, DatasetIndex>();

/** The dataset's index: the one made while it was imported, or made now (a dataset kept or published). */
export function datasetIndex(dataset: ResolvedDataset): DatasetIndex {
  let index = made.get(dataset);
  if (!index) {
    const builder = new DatasetIndexBuilder();
    builder.add(dataset.events);
    index = builder.finish();
    made.set(dataset, index);
  }
  return index;
}

export function rememberDatasetIndex(dataset: ResolvedDataset, index: DatasetIndex): void {
  made.set(dataset, index);
}
