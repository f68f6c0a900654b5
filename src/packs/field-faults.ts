/**
 * What is wrong with a record a reader is writing, field by field, as messages the page says in the reader's
 * language: the record's own schema (the one geo/ is checked with), its date against its precision, and a
 * figure's rules (a number or the source's words, a range that rises, a passage to cite).
 */
import type { z } from 'zod';
import { say, type Message } from '../i18n/message.ts';
import { isValidDate, type DatePrecision } from '../records/schema.ts';

export type FieldFaults = Partial<Record<string, Message>>;

const DATE_FORM: Record<DatePrecision, string> = {
  day: 'YYYY-MM-DD',
  week: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  year: 'YYYY',
  undated: '—',
};

function issueMessage(issue: z.core.$ZodIssue): Message {
  if (issue.code === 'invalid_type')
    return say(issue.input === undefined ? 'form.required' : 'form.wrongType');
  if (issue.code === 'too_small')
    return say(issue.origin === 'string' || issue.origin === 'array' ? 'form.required' : 'form.tooSmall');
  if (issue.code === 'invalid_value') return say('form.choose');
  if (issue.code === 'invalid_format') return say(issue.format === 'url' ? 'form.badUrl' : 'form.badForm');
  return say('form.badForm');
}

export function fieldFaults<S extends z.ZodType>(schema: S, record: unknown): FieldFaults {
  const faults: FieldFaults = {};
  const result = schema.safeParse(record);
  if (!result.success)
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '(record)');
      faults[field] ??= issueMessage(issue);
    }
  const dated = record as { date?: string | null; datePrecision?: DatePrecision };
  if (
    dated.datePrecision &&
    !faults.date &&
    dated.date !== undefined &&
    !isValidDate(dated.date, dated.datePrecision)
  )
    faults.date = say('form.badDate', { form: DATE_FORM[dated.datePrecision] });
  return faults;
}

/** A figure's own rules, beyond its fields' forms. */
export function figureFaults(claim: {
  value: number | null;
  valueText?: string;
  valueMax?: number;
  excerptId?: string;
}): FieldFaults {
  const faults: FieldFaults = {};
  if (!claim.excerptId) faults.excerptId = say('form.needsPassage');
  if (claim.value === null && !claim.valueText) faults.value = say('form.valueOrWords');
  if (claim.value !== null && claim.valueText) faults.valueText = say('form.notBoth');
  if (claim.valueMax !== undefined && (claim.value === null || claim.valueMax <= claim.value))
    faults.valueMax = say('form.maxAboveValue');
  return faults;
}
