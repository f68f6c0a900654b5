/**
 * Checks a large events file off the page's thread: parses the JSON, checks each record with the shared
 * schema (a record that breaks the contract is left out and named, as on the page), and sends the valid
 * events to the page in slices of columns, with progress, and the map's GeoJSON of them for the tile worker
 * (written beside this worker by map-part-worker.ts).
 */
import { startMapPartWriter } from '../tiles/map-part-writer.ts';
import { ColumnsWriter } from '../datasets/event-columns.ts';
import type { EventsFileReply } from './events-file-messages.ts';
import { say } from '../i18n/message.ts';
import { parseEach, type LeftOut } from './parse-records.ts';
import { eventFeature, featureCollectionShell } from '../records/schema.ts';

const SLICE = 5000;
const reply = (message: EventsFileReply) => postMessage(message);

self.onmessage = async (event: MessageEvent<{ text: string }>) => {
  let json: unknown;
  try {
    json = JSON.parse(event.data.text);
  } catch {
    return reply({ type: 'failed', message: say('load.badJson') });
  }
  const shell = featureCollectionShell.safeParse(json);
  if (!shell.success) {
    const issue = shell.error.issues[0]!;
    return reply({
      type: 'failed',
      message: say('load.notFeatureCollection', {
        detail: `${issue.path.join('.') || '(record)'}: ${issue.message}`,
      }),
    });
  }
  const { features, bbox } = shell.data;
  const leftOut: LeftOut[] = [];
  const writer = new ColumnsWriter();
  const mapWriter = startMapPartWriter();
  for (let start = 0; start < features.length; start += SLICE) {
    const checked = parseEach(features.slice(start, start + SLICE), eventFeature, start);
    leftOut.push(...checked.leftOut);
    for (const f of checked.valid) writer.addEvent(f);
    const columns = writer.take();
    mapWriter.add(columns);
    reply({ type: 'events', columns });
    reply({ type: 'progress', fraction: Math.min(1, (start + SLICE) / features.length) });
  }
  reply({
    type: 'done',
    total: features.length,
    leftOut,
    bbox,
    mapPart: await mapWriter.finish(),
  });
};
