/**
 * Starts an import in a worker of its own and gathers the dataset from its slices; Cancel ends the worker,
 * and with it all its work.
 */
import { runtimeSaid, say } from '../i18n/message.ts';
import { sizeFault, type EncodingHow } from '../formats/decode.ts';
import type { ImportJob, WorkerReply } from './import-messages.ts';
import { DatasetIndexBuilder, rememberDatasetIndex } from '../datasets/dataset-index.ts';
import { fromColumns } from '../datasets/event-columns.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';

export interface RunningImport {
  cancel: () => void;
}

export type ImportReply =
  | Exclude<WorkerReply, { type: 'events' } | { type: 'done' } | { type: 'map-part' }>
  | { type: 'done'; dataset: ResolvedDataset; encodingHow: EncodingHow };

export function startImport(job: ImportJob, onReply: (reply: ImportReply) => void): RunningImport {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  let over = false;
  let events: ResolvedDataset['events'] = [];
  const builder = new DatasetIndexBuilder();
  // The map's part of the dataset follows its report (import-worker.ts); if it never comes, the map writes it.
  let part: { written: (blob: Blob) => void; lost: () => void } | null = null;
  const end = () => {
    over = true;
    worker.terminate();
    part?.lost();
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (over) return;
    const reply = event.data;
    if (reply.type === 'events') {
      // Indexed slice by slice as it comes, while the worker reads on, so that adding the dataset to the
      // app is a join of indexes, not a walk over every event.
      const slice = fromColumns(reply.columns);
      for (const e of slice) events.push(e);
      builder.add(slice);
      return;
    }
    if (reply.type === 'map-part') {
      part?.written(reply.mapPart);
      return;
    }
    if (reply.type === 'done') {
      const { info, places, problems, encodingHow } = reply;
      const mapPart = new Promise<Blob>((written, lost) => {
        part = { written, lost: () => lost(new Error('the import ended before the map’s part was written')) };
      });
      const dataset = { info, places, problems, mapPart, events };
      rememberDatasetIndex(dataset, builder.finish());
      onReply({ type: 'done', encodingHow, dataset });
      events = [];
      return;
    }
    if (reply.type !== 'progress') end();
    onReply(reply);
  };
  worker.onerror = (event) => {
    if (over) return;
    end();
    onReply({
      type: 'refused',
      message: say('refusal.importerStopped', {
        reason: runtimeSaid(event.message, say('fault.scriptDidNotRun')),
      }),
    });
  };
  // The file is read here while the worker's script loads, then handed over without a copy; a file too large
  // to read is left to the worker to refuse, and one that cannot be read, to the worker to say why.
  if (sizeFault(job.file.size)) worker.postMessage(job);
  else
    job.file.arrayBuffer().then(
      (bytes) => !over && worker.postMessage({ ...job, bytes }, [bytes]),
      () => !over && worker.postMessage(job),
    );
  return { cancel: end };
}
