/**
 * The import worker: reads a file the reader chose, decodes and parses it, checks every row with its format's
 * adapter, resolves the events against the map's places and events, and saves the dataset in IndexedDB, all
 * off the page's thread. It reports progress as it goes; the page cancels by ending the worker.
 */
import { saveDataset } from './dataset-db.ts';
import { sizeFault } from './formats/decode.ts';
import { readDatasetFile } from './formats/read-dataset-file.ts';
import type { ImportJob, ImportStage, WorkerReply } from './import-messages.ts';
import { datasetIdFor, resolveDataset } from './resolve-dataset.ts';

const reply = (message: WorkerReply) => postMessage(message);
const progress = (stage: ImportStage, fraction: number) => reply({ type: 'progress', stage, fraction });

self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const job = event.data;
  try {
    const tooBig = sizeFault(job.file.size);
    if (tooBig) return reply({ type: 'refused', message: tooBig });
    progress('reading', 0);
    const bytes = new Uint8Array(await job.file.arrayBuffer());
    progress('parsing', 0);
    const outcome = readDatasetFile({
      bytes,
      encoding: job.encoding,
      mapping: job.mapping,
      onProgress: (f) => progress('parsing', f),
    });
    if (outcome.kind === 'refused') return reply({ type: 'refused', message: outcome.message });
    if (outcome.kind === 'needs-mapping') return reply({ type: 'needs-mapping', outcome });
    progress('checking', 1);
    const dataset = resolveDataset(
      outcome.result,
      {
        id: datasetIdFor(job.file.name, new Set(job.takenIds)),
        name: job.file.name.replace(/\.[^.]*$/, '') || job.file.name,
        fileName: job.file.name,
        format: outcome.format,
        encoding: outcome.encoding,
        importedAt: job.importedAt,
        published: false,
      },
      {
        places: job.base.places.features,
        events: job.base.events.features,
      },
    );
    progress('saving', 1);
    let saveProblem: string | null = null;
    if (dataset.events.length > 0) {
      await saveDataset(dataset).catch((error: unknown) => {
        saveProblem = (error as Error)?.message ?? 'the browser refused to store it';
      });
    }
    reply({
      type: 'done',
      dataset,
      encodingHow: outcome.encodingHow,
      saved: saveProblem === null,
      saveProblem,
    });
  } catch (error) {
    reply({ type: 'refused', message: `The file could not be read: ${(error as Error)?.message ?? error}` });
  }
};
