/**
 * The side of map-part-worker.ts that the workers reading events use: hand it each slice as it is written,
 * then ask for the blob once the last one is in. The writer's worker starts with the first slice, so a file
 * refused or waiting for its mapping starts none.
 */
import type { EventColumns } from '../datasets/event-columns.ts';
import type { MapPartRequest } from './map-part-worker.ts';

export interface MapPartWriter {
  add: (columns: EventColumns) => void;
  finish: () => Promise<Blob>;
}

export function startMapPartWriter(): MapPartWriter {
  let worker: Worker | null = null;
  const post = (request: MapPartRequest) => {
    worker ??= new Worker(new URL('./map-part-worker.ts', import.meta.url), {
      type: 'module',
      name: 'map-part',
    });
    worker.postMessage(request);
  };
  return {
    add: (columns) => post({ type: 'slice', columns }),
    finish: () => {
      if (worker === null) return Promise.resolve(new Blob([]));
      const running = worker;
      return new Promise<Blob>((resolve, reject) => {
        running.onmessage = (event: MessageEvent<Blob>) => {
          running.terminate();
          resolve(event.data);
        };
        running.onerror = (event) => {
          running.terminate();
          reject(new Error(event.message || 'the map writer stopped'));
        };
        post({ type: 'finish' });
      });
    },
  };
}
