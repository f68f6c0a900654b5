/**
 * The parts of a stored or published dataset that speak in messages (its rows' problems): kept out of
 * records/schema.ts, which imports nothing of the app, because a message is the interface's (i18n/).
 */
import { z } from '../records/zod.ts';
import { say, type Message } from '../i18n/message.ts';
import type { MessageKey } from '../i18n/message-key.ts';
import { datasetInfo } from '../records/schema.ts';

/** A message as code says it (i18n/message.ts): a catalogue key and its values, which may be messages. */
const message: z.ZodType<Message> = z.lazy(() =>
  z.object({
    key: z.string() as unknown as z.ZodType<MessageKey>,
    values: z.record(z.string(), z.union([z.string(), z.number(), message])).optional(),
  }),
);

/** A problem a stored dataset was saved with; one saved before problems were messages said it in English. */
export const rowProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.union([message, z.string().transform((reason) => say('fault.unexpected', { reason }))]),
});

/** One dataset resolved against the map's places and events: what the app merges beside the articles. */
export const resolvedDatasetShell = z.object({
  info: datasetInfo,
  places: z.array(z.unknown()),
  events: z.array(z.unknown()),
  problems: z.array(rowProblem),
});
