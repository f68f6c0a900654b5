/**
 * The events as the map gets them: those at least one switched-on source reports, each with only the
 * properties its layers, icons and clicks read, written as GeoJSON text (map-feature-text.ts) into a blob for the tile worker
 * (event-tiles.ts). A blob  costs nothing to hand over; 100,000 features as objects would be copied on the
 * page's thread. A large set's part is written once, by the worker that read it (import, or a large events
 * file) or the first time it is drawn, and joined to the rest without being read again.
 */
import type { EventProperties } from '../../records/schema.ts';
import { reportedByVisibleSource } from '../../corpus/selection.ts';
import { mapFeaturesPart, type EventFeature } from '../../tiles/map-feature-text.ts';

interface DatasetWithPart {
  events: readonly EventFeature[];
  mapPart?: Blob | Promise<Blob>;
}

/** A dataset's part of the map's GeoJSON, written once per dataset. */
const parts = new WeakMap<object, Blob>();

/**
 * The dataset's part, or null while the worker that read it is still writing it. `written`: the parts that
 * have come since, by the promise that said they would (see `partWritten`).
 */
export function datasetPart(
  dataset: DatasetWithPart,
  written: ReadonlyMap<Promise<Blob>, Blob>,
): Blob | null {
  const { mapPart } = dataset;
  if (mapPart instanceof Blob) return mapPart;
  if (mapPart) return written.get(mapPart) ?? null;
  let part = parts.get(dataset);
  if (!part) {
    part = new Blob([mapFeaturesPart(dataset.events)]);
    parts.set(dataset, part);
  }
  return part;
}

/** A part still being written, once it has come (or, its writer lost, written here from the events). */
export function partWritten(mapPart: Promise<Blob>, events: readonly EventFeature[]): Promise<Blob> {
  return mapPart.catch(() => new Blob([mapFeaturesPart(events)]));
}

/**
 * The GeoJSON of every event shown, as a blob: the articles' events (or a loaded events file) filtered by the
 * sources switched on, then each dataset switched on, whole.
 */
export function mapEventsBlob(
  baseEvents: readonly EventFeature[],
  datasets: ReadonlyArray<{ id: string; part: Blob }>,
  hidden: ReadonlySet<string>,
  /** The base events' part as the worker that checked them wrote it, used while none of them is hidden. */
  basePart?: Blob,
): Blob {
  const chunks: BlobPart[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  const add = (part: BlobPart, empty: boolean) => {
    if (empty) return;
    if (!first) chunks.push(',');
    chunks.push(part);
    first = false;
  };
  const base = baseEvents.filter((f) => reportedByVisibleSource(f.properties, hidden));
  if (basePart && base.length === baseEvents.length) add(basePart, basePart.size === 0);
  else add(mapFeaturesPart(base), base.length === 0);
  for (const d of datasets) if (!hidden.has(d.id)) add(d.part, d.part.size === 0);
  chunks.push(']}');
  return new Blob(chunks, { type: 'application/geo+json' });
}

/** The years (null: undated) of the events shown: the map needs a layer for each. */
export function eventYears(
  baseEvents: readonly EventProperties[],
  datasets: ReadonlyArray<{ id: string; index: { years: ReadonlySet<number | null> } }>,
  hidden: ReadonlySet<string>,
): Array<number | null> {
  const years = new Set<number | null>();
  for (const e of baseEvents) if (!years.has(e.year) && reportedByVisibleSource(e, hidden)) years.add(e.year);
  for (const d of datasets) if (!hidden.has(d.id)) for (const year of d.index.years) years.add(year);
  return [...years];
}
