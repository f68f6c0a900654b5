/** The messages between the page and the import worker. */
import type { Message } from '../i18n/message.ts';
import type { EventsCollection, PlacesCollection } from '../records/schema.ts';
import type { Encoding, EncodingHow } from '../formats/decode.ts';
import type { ReadOutcome } from '../formats/read-dataset-file.ts';
import type { TableMapping } from '../formats/table.ts';
import type { EventColumns } from '../datasets/event-columns.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';

export type NeedsMapping = Extract<ReadOutcome, { kind: 'needs-mapping' }>;

export interface ImportJob {
  file: File;
  /** The file's bytes, read by the page while the worker started; else the worker reads them. */
  bytes?: ArrayBuffer;
  encoding?: Encoding;
  mapping?: TableMapping;
  /** Dataset ids already in use, so the new one gets its own. */
  takenIds: string[];
  /** The articles' places and events, to join and link against. */
  base: { places: PlacesCollection; events: EventsCollection };
  importedAt: string;
}

export type ImportStage = 'reading' | 'parsing' | 'checking' | 'saving';

export type WorkerReply =
  | { type: 'progress'; stage: ImportStage; fraction: number }
  | { type: 'refused'; message: Message }
  | { type: 'needs-mapping'; outcome: NeedsMapping }
  /** A slice of the dataset's events, in file order, as columns (event-columns.ts), sent while the rest is read. */
  | { type: 'events'; columns: EventColumns }
  /** The file is read: the rest of the dataset (its events came in slices). */
  | ({ type: 'done'; encodingHow: EncodingHow } & Omit<ResolvedDataset, 'events' | 'mapPart'>)
  /** The map's GeoJSON of the events, written after the report so that the reading had the cores to itself. */
  | { type: 'map-part'; mapPart: Blob }
  /** Kept in IndexedDB, or why not. */
  | { type: 'saved'; problem: Message | null };
