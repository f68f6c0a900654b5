/**
 * The words records are made of (precisions, kinds, measures) and the calendar check of a date, kept apart from
 * the zod schemas in schema.ts (which re-exports them) so that the import's workers load them without zod.
 */
/** `week`: a day given by an event dataset that dates the event only to the week around it (ACLED's
 * time_precision 2); written as that day. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'undated'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SOURCE_KINDS = [
  'international-news-outlet',
  'ngo-journalism',
  'advocacy-organisation',
  'security-blog',
  'content-site',
  // What researchers bring of their own (a source pack).
  'news-agency',
  'official-statement',
  'court-record',
  'human-rights-report',
  'research-report',
  'social-media-post',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const EVENT_KINDS = [
  'attack',
  'explosion',
  'protest',
  'dispersed-rally',
  'security-response',
  'prison-unrest',
  'law',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Each kind's English name, as the records and a spreadsheet write it (the English catalogue says the same). */
export const EVENT_KIND_NAMES: Record<EventKind, string> = {
  attack: 'Attack',
  explosion: 'Explosion (cause unclear)',
  protest: 'Protest',
  'dispersed-rally': 'Rally dispersed',
  'security-response': 'Security response',
  'prison-unrest': 'Prison unrest',
  law: 'Law or policy',
};

export const LOCATION_PRECISIONS = ['city', 'region', 'country'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** In the order a claims table lists them. */
export const MEASURES = [
  'killed-total',
  'killed-civilians',
  'killed-security-forces',
  'killed-attackers',
  'killed-victims',
  'injured',
  'casualties',
  'detained-attackers',
  'detained-suspects',
  'detained-protesters',
  'detained-businessmen-officials',
  'wanted',
  'participants',
  'participants-planning',
] as const;
export type Measure = (typeof MEASURES)[number];

/** ISO dates at three precisions; the precision field says which form is expected. */
const DATE_FORMS: Record<Exclude<DatePrecision, 'undated'>, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** True when `date` is a real calendar date written in the form its precision asks for. */
export function isValidDate(date: string | null, precision: DatePrecision): boolean {
  if (precision === 'undated') return date === null;
  if (date === null || !DATE_FORMS[precision].test(date)) return false;
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const probe = new Date(Date.UTC(y!, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}
