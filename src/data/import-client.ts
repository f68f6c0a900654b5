/** Starts an import in a worker of its own; Cancel ends the worker, and with it all its work. */
import type { ImportJob, WorkerReply } from './import-messages.ts';

export interface RunningImport {
  cancel: () => void;
}

export function startImport(job: ImportJob, onReply: (reply: WorkerReply) => void): RunningImport {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  let over = false;
  const end = () => {
    over = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (over) return;
    const reply = event.data;
    if (reply.type !== 'progress') end();
    onReply(reply);
  };
  worker.onerror = (event) => {
    if (over) return;
    end();
    onReply({
      type: 'refused',
      message: `The importer stopped: ${event.message || 'its script could not run'}.`,
    });
  };
  worker.postMessage(job);
  return { cancel: end };
}
