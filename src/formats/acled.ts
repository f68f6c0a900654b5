/**
 * ACLED's export (acleddata.com, "Export data" as CSV) to checked records. The mapping is the README's table
 * "ACLED to the map"; every original code is kept and shown beside ours.
 */
import type { EventKind, LocationPrecision } from '../records/schema.ts';
import { codeNote, say } from '../i18n/message.ts';
import { BLANK, parseDate, quoted, type RowReader } from './cells.ts';
import { rowAdapter } from './row-adapter.ts';
import { remembered, rememberedPairs } from '../lib/remembered.ts';
import type { ImportedDatePrecision, ImportedRecord, RowAdapter } from './imported-record.ts';

/** The columns without which a row cannot go on the map; the format is recognised by them. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude'] as const;

/** ACLED's sub-event types where they decide the kind; other rows take their event type's kind. */
const KIND_BY_SUB_EVENT: Record<string, EventKind> = {
  'peaceful protest': 'protest',
  'protest with intervention': 'dispersed-rally',
  'excessive force against protesters': 'dispersed-rally',
  'violent demonstration': 'protest',
  'mob violence': 'attack',
  'suicide bomb': 'attack',
  arrests: 'security-response',
  'disrupted weapons use': 'security-response',
  agreement: 'law',
  'change to group/activity': 'law',
};

const KIND_BY_EVENT_TYPE: Record<string, EventKind> = {
  protests: 'protest',
  riots: 'protest',
  battles: 'attack',
  'violence against civilians': 'attack',
  'explosions/remote violence': 'explosion',
  'strategic developments': 'security-response',
};

/** ACLED time_precision: 1 the day, 2 the week around the date given, 3 the month. */
const TIME_PRECISION: Record<string, ImportedDatePrecision> = { '1': 'day', '2': 'week', '3': 'month' };

/** ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 only the larger region. */
const GEO_PRECISION: Record<string, LocationPrecision> = { '1': 'city', '2': 'region', '3': 'region' };

export const acledKind = (eventType: string, subEventType: string | null): EventKind | null =>
  acledTypes(eventType, subEventType).kind;

/**
 * The kind of an event type and sub-event type, and the two as one original type ("Protests · Peaceful
 * protest"). ACLED has a few dozen type pairs: each is worked out once, and its rows share the same strings.
 */
const acledTypes = rememberedPairs((eventType: string, subEventType: string | null) => ({
  kind: kindOf(eventType, subEventType),
  originalType: subEventType ? `${eventType} · ${subEventType}` : eventType,
}));

/** The source as cited: ACLED's name for it, its scale said with our words around it (one per pair). */
const acledCitation = (source: string, scale: string | null): string =>
  scale === null ? source : scaledCitation(source, scale);
const scaledCitation = rememberedPairs((source: string, scale: string) =>
  codeNote([say('note.acledSource', { source, scale })]),
);

/** What a day given to the month or the week becomes: made once per day, as rows repeat a few thousand days. */
const datesOf = remembered(
  (day: string) => ({
    month: day.slice(0, 7),
    monthNote: codeNote([say('note.acledMonth', { date: day })]),
    weekNote: codeNote([say('note.acledWeek', { date: day })]),
  }),
  100_000,
);

function kindOf(eventType: string, subEventType: string | null): EventKind | null {
  return (
    (subEventType ? KIND_BY_SUB_EVENT[subEventType.toLowerCase()] : undefined) ??
    KIND_BY_EVENT_TYPE[eventType.toLowerCase()] ??
    null
  );
}

export function acledAdapter(header: readonly string[], emit?: (record: ImportedRecord) => void): RowAdapter {
  return rowAdapter(header, readRow, 'event_id_cnty', emit);
}

function readRow(r: RowReader): ImportedRecord | null {
  const externalId = r.text('event_id_cnty');
  if (externalId === null) r.fault('event_id_cnty', BLANK);

  const eventType = r.text('event_type');
  const subEventType = r.text('sub_event_type');
  const types = eventType === null ? null : acledTypes(eventType, subEventType);
  const kind = types?.kind ?? null;
  if (eventType === null) r.fault('event_type', BLANK);
  else if (kind === null) r.fault('event_type', say('problem.notAcledType', { value: quoted(eventType) }));

  const rawDate = r.text('event_date');
  const timePrecision = r.text('time_precision') ?? '1';
  const precision = TIME_PRECISION[timePrecision];
  if (precision === undefined)
    r.fault('time_precision', say('problem.notOneToThree', { value: quoted(timePrecision) }));
  let date: string | null = null;
  let dateNote: string | null = null;
  if (rawDate === null) r.fault('event_date', BLANK);
  else {
    const parsed = parseDate(rawDate);
    if (!parsed.ok) r.fault('event_date', parsed.message);
    else if (parsed.precision !== 'day')
      r.fault('event_date', say('problem.notDay', { value: quoted(rawDate) }));
    else if (precision === 'month') {
      ({ month: date, monthNote: dateNote } = datesOf(parsed.date));
    } else {
      date = parsed.date;
      if (precision === 'week') dateNote = datesOf(parsed.date).weekNote;
    }
  }

  const point = r.point('latitude', 'longitude');
  const geoPrecision = r.text('geo_precision') ?? '1';
  const placePrecision = GEO_PRECISION[geoPrecision];
  if (placePrecision === undefined)
    r.fault('geo_precision', say('problem.notOneToThree', { value: quoted(geoPrecision) }));

  const fatalities = r.count('fatalities');
  const source = r.text('source');
  const scale = r.text('source_scale');

  if (r.problems.length > 0 || !types || !kind || !date || !precision || !point || !placePrecision)
    return null;
  const tags = r.text('tags');
  return {
    row: r.row,
    externalId,
    kind,
    originalType: types.originalType,
    date,
    datePrecision: precision,
    dateNote,
    lon: point.lon,
    lat: point.lat,
    placePrecision,
    location: r.text('location'),
    admin1: r.text('admin1'),
    country: r.text('country'),
    passage: r.text('notes'),
    // The source as ACLED names it; its scale said with our words around it, in the reader's language.
    citations: source === null ? [] : [acledCitation(source, scale)],
    figures:
      fatalities === null ? [] : [{ measure: 'killed-total', value: fatalities, column: 'fatalities' }],
    remarks: tags === null ? [] : [codeNote([say('note.acledTags', { tags })])],
  };
}
