/**
 * Parses one file's records with its zod schema: every invalid field and every duplicate id becomes a problem
 * naming the record, and the count of records read is kept so none is dropped without a word.
 */
import type { z } from 'zod';
import type { Problem } from './problems.ts';

function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index + 1} (no id)`;
}

export function parseFile<S extends z.ZodType>(
  file: string,
  raw: unknown,
  schema: S,
  problems: Problem[],
): { valid: z.infer<S>[]; count: number } {
  if (!Array.isArray(raw)) {
    problems.push({ file, record: '(file)', field: '(root)', message: 'must be a JSON array of records' });
    return { valid: [], count: 0 };
  }
  const valid: z.infer<S>[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const record = recordName(item, index);
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? issue.path.join('.') : '(record)';
        const message =
          issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
        problems.push({ file, record, field, message });
      }
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) {
      problems.push({ file, record, field: 'id', message: `duplicate id "${id}"` });
      return;
    }
    seen.add(id);
    valid.push(result.data);
  });
  return { valid, count: raw.length };
}
