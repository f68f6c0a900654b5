/**
 * Checks a data file record by record: a record that breaks the contract is left out and named (with its
 * field and what is wrong), and every other record stays usable. A file whose outer shape is wrong is
 * refused whole, with the reason.
 */
import { z } from '../records/zod.ts';
import { say, type Message } from '../i18n/message.ts';
import { featureCollectionShell } from '../records/schema.ts';

/** A record the app left out, named so that whoever supplied the file can find and fix it. */
export interface LeftOut {
  record: string;
  field: string;
  message: string;
}

/** `total` counts the records the file held, the ones left out included. */
export type Parsed<T> =
  { ok: true; value: T; leftOut: LeftOut[]; total: number } | { ok: false; reason: Message };

function recordName(item: unknown, index: number): string {
  const value = item as { id?: unknown; properties?: { id?: unknown } } | null;
  const id = value?.id ?? value?.properties?.id;
  return typeof id === 'string' && id.length > 0 ? `"${id.slice(0, 80)}" (#${index + 1})` : `#${index + 1}`;
}

function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  return { field: issue.path.join('.') || '(record)', message: issue.message };
}

/** `offset`: the position in the whole file of items[0], when a file is checked a slice at a time. */
export function parseEach<T>(
  items: readonly unknown[],
  schema: z.ZodType<T>,
  offset = 0,
): { valid: T[]; leftOut: LeftOut[] } {
  const valid: T[] = [];
  const leftOut: LeftOut[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
    else leftOut.push({ record: recordName(item, offset + index), ...firstIssue(result.error) });
  });
  return { valid, leftOut };
}

const list = z.array(z.unknown());

export function parseList<T>(json: unknown, item: z.ZodType<T>): Parsed<T[]> {
  const shell = list.safeParse(json);
  if (!shell.success) return { ok: false, reason: say('load.notList') };
  const { valid, leftOut } = parseEach(shell.data, item);
  return { ok: true, value: valid, leftOut, total: shell.data.length };
}

export function parseFeatureCollection<F>(
  json: unknown,
  feature: z.ZodType<F>,
): Parsed<{ type: 'FeatureCollection'; bbox?: [number, number, number, number]; features: F[] }> {
  const shell = featureCollectionShell.safeParse(json);
  if (!shell.success) {
    const { field, message } = firstIssue(shell.error);
    return { ok: false, reason: say('load.notFeatureCollection', { detail: `${field}: ${message}` }) };
  }
  const { valid, leftOut } = parseEach(shell.data.features, feature);
  return { ok: true, value: { ...shell.data, features: valid }, leftOut, total: shell.data.features.length };
}

/**
 * A file checked as one record (an index, a table of words): all of it, or the first thing wrong with it.
 * The field and the schema's own words stay as they are: they are for whoever mends the file.
 */
export function parseWhole<T>(
  json: unknown,
  schema: z.ZodType<T>,
  what: 'translations' | 'archive-index',
): Parsed<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data, leftOut: [], total: 1 };
  const { field, message } = firstIssue(parsed.error);
  return { ok: false, reason: say('load.notWhole', { what, detail: `${field}: ${message}` }) };
}

/** One sentence for the reader: how many records were left out, and the first few by name. */
export function describeLeftOut(leftOut: readonly LeftOut[], total: number, shown = 3): Message {
  const named = leftOut
    .slice(0, shown)
    .map((x) => `${x.record} ${x.field}: ${x.message}`)
    .join('; ');
  return say('load.leftOut', {
    count: leftOut.length,
    total,
    named,
    more: Math.max(0, leftOut.length - shown),
  });
}
