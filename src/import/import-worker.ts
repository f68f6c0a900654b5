/**
 * The import worker: reads a file the reader chose, decodes and parses it, checks every row with its format's
 * adapter and resolves each good one against the map's places and events as it is parsed, all off the page's
 * thread. Events go to the page in slices while the rest is still being read, so the page takes them in
 * small tasks; then the dataset is saved in IndexedDB. The page cancels by ending the worker.
 */
import { messageOf, say, type Message } from '../i18n/message.ts';
import { saveDataset } from '../datasets/dataset-db.ts';
import { startMapPartWriter } from '../tiles/map-part-writer.ts';
import { ColumnsWriter, type EventColumns } from '../datasets/event-columns.ts';
import { sizeFault } from '../formats/decode.ts';
import { readDatasetFile } from '../formats/read-dataset-file.ts';
import type { ImportJob, ImportStage, WorkerReply } from './import-messages.ts';
import { createResolver, datasetIdFor } from '../datasets/resolve-dataset.ts';

/** Events per message: each slice costs the page one short task to take in. */
const SLICE = 5000;

const reply = (message: WorkerReply) => postMessage(message);
/**
 * A step of progress, said at most every quarter of a second: each one redraws the page, which in software
 * rendering costs the machine more than the reader gains from a bar that moves more often.
 */
let progressSaid = { stage: '', at: -Infinity };
function progress(stage: ImportStage, fraction: number): void {
  const now = performance.now();
  if (stage === progressSaid.stage && now - progressSaid.at < PROGRESS_EVERY_MS) return;
  progressSaid = { stage, at: now };
  reply({ type: 'progress', stage, fraction });
}
const PROGRESS_EVERY_MS = 250;

self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const job = event.data;
  try {
    const tooBig = sizeFault(job.file.size);
    if (tooBig) return reply({ type: 'refused', message: tooBig });
    progress('reading', 0);
    const bytes = new Uint8Array(job.bytes ?? (await job.file.arrayBuffer()));
    progress('parsing', 0);
    const meta = {
      id: datasetIdFor(job.file.name, new Set(job.takenIds)),
      name: job.file.name.replace(/\.[^.]*$/, '') || job.file.name,
      fileName: job.file.name,
      importedAt: job.importedAt,
      published: false,
      // Known once the file is read.
      format: 'table' as const,
      encoding: 'utf-8',
    };
    const resolver = createResolver(meta, {
      places: job.base.places.features,
      events: job.base.events.features,
    });
    const writer = new ColumnsWriter();
    const columns: EventColumns[] = [];
    const send = () => {
      if (writer.length === 0) return;
      const slice = writer.take();
      columns.push(slice);
      reply({ type: 'events', columns: slice });
    };
    const outcome = readDatasetFile({
      bytes,
      encoding: job.encoding,
      mapping: job.mapping,
      onProgress: (f) => progress('parsing', f),
      onRecord: (record) => {
        writer.addRecord(record, resolver.resolve(record), meta.id);
        if (writer.length >= SLICE) send();
      },
    });
    if (outcome.kind === 'refused') return reply({ type: 'refused', message: outcome.message });
    if (outcome.kind === 'needs-mapping') return reply({ type: 'needs-mapping', outcome });
    send();
    const { info, places, problems } = resolver.finish(outcome.result, outcome);
    reply({ type: 'done', info, places, problems, encodingHow: outcome.encodingHow });
    // The map's GeoJSON of the events is written beside this worker rather than by the page, and only now:
    // while the file was read, the reading and the page taking in its slices had the machine's cores. The
    // report and the list do not wait for it; the map draws the events when it comes.
    const mapWriter = startMapPartWriter();
    for (const slice of columns) mapWriter.add(slice);
    const mapPart = await mapWriter.finish();
    reply({ type: 'map-part', mapPart });
    // Kept after the page has it: the copy IndexedDB makes is the slowest step, and the reader need not wait.
    let saveProblem: Message | null = null;
    if (info.rowsImported > 0) {
      await saveDataset({ info, places, columns, problems, mapPart }).catch((error: unknown) => {
        saveProblem = messageOf(error, say('storage.refusedThis'));
      });
    }
    reply({ type: 'saved', problem: saveProblem });
  } catch (error) {
    reply({ type: 'refused', message: say('refusal.unreadable', { reason: messageOf(error) }) });
  }
};
