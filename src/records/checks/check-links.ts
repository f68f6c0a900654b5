/**
 * The joins between sources, events, places and excerpts: every id refers to a record that exists, every
 * excerpt is the source's exact characters at its offsets, an event's sources each have a passage reporting
 * it, and every source, place and event leads to at least one passage. A pack may also link to the site's
 * own places and events by id (`known`): those are joined, never checked again here.
 */
import type { EventRecord, ExcerptRecord, SourceRecord } from '../schema.ts';
import type { RecordFiles } from './record-files.ts';
import type { Problem } from './problems.ts';

/** What a link to an event needs to know of it. */
export type KnownEvent = Pick<EventRecord, 'id' | 'placeId' | 'sourceIds'>;

/** The site's records a pack may link to by id. */
export interface KnownRecords {
  placeIds: ReadonlySet<string>;
  events: ReadonlyMap<string, KnownEvent>;
}

export const NOTHING_KNOWN: KnownRecords = { placeIds: new Set(), events: new Map() };

/** The records that parsed, with lookups by id built once for every check. */
export interface Linked {
  files: RecordFiles;
  sources: readonly SourceRecord[];
  /** The places these records hold, and every place they may link to (theirs and the site's). */
  ownPlaceIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  events: readonly EventRecord[];
  excerpts: readonly ExcerptRecord[];
  sourceById: ReadonlyMap<string, SourceRecord>;
  /** These records' events and the site's they may link to. */
  eventById: ReadonlyMap<string, KnownEvent>;
  excerptById: ReadonlyMap<string, ExcerptRecord>;
  /** The site's events: a new source may report one without the event listing it yet (adding it does). */
  knownEventIds: ReadonlySet<string>;
  /** Source texts by file name. */
  texts: ReadonlyMap<string, string>;
}

const unknown = (file: string, record: string, field: string, kind: string, id: string): Problem => ({
  file,
  record,
  field,
  message: `unknown ${kind} id "${id}"`,
});

export function checkSourceFiles(data: Linked, problems: Problem[]): void {
  for (const s of data.sources) {
    if (!data.texts.has(s.file)) {
      problems.push({
        file: data.files.sources,
        record: s.id,
        field: 'file',
        message: `${data.files.texts}${s.file} does not exist`,
      });
    }
  }
}

export function checkEventLinks(data: Linked, problems: Problem[]): void {
  const file = data.files.events;
  for (const e of data.events) {
    if (!data.placeIds.has(e.placeId)) problems.push(unknown(file, e.id, 'placeId', 'place', e.placeId));
    e.sourceIds.forEach((id, i) => {
      if (!data.sourceById.has(id)) problems.push(unknown(file, e.id, `sourceIds.${i}`, 'source', id));
      else if (!data.excerpts.some((x) => x.sourceId === id && x.eventIds.includes(e.id))) {
        problems.push({
          file,
          record: e.id,
          field: `sourceIds.${i}`,
          message: `no excerpt of "${id}" reports this event`,
        });
      }
    });
  }
}

export function checkExcerpts(data: Linked, problems: Problem[]): void {
  const file = data.files.excerpts;
  for (const x of data.excerpts) {
    const source = data.sourceById.get(x.sourceId);
    if (!source) problems.push(unknown(file, x.id, 'sourceId', 'source', x.sourceId));
    const text = source ? data.texts.get(source.file) : undefined;
    if (source && text !== undefined && (x.end <= x.start || text.slice(x.start, x.end) !== x.text)) {
      const elsewhere = text.indexOf(x.text);
      problems.push({
        file,
        record: x.id,
        field: 'text',
        message:
          `does not match ${source.file} at ${x.start}-${x.end}` +
          (elsewhere >= 0
            ? ` (the text stands at ${elsewhere}-${elsewhere + x.text.length})`
            : ' (nor anywhere else in it)'),
      });
    }
    if (text !== undefined) checkContext(file, x, text, problems);
    x.placeIds.forEach((id, i) => {
      if (!data.placeIds.has(id)) problems.push(unknown(file, x.id, `placeIds.${i}`, 'place', id));
    });
    x.eventIds.forEach((id, i) => {
      const event = data.eventById.get(id);
      if (!event) return problems.push(unknown(file, x.id, `eventIds.${i}`, 'event', id));
      if (!data.knownEventIds.has(id) && !event.sourceIds.includes(x.sourceId)) {
        problems.push({
          file,
          record: x.id,
          field: `eventIds.${i}`,
          message: `event "${id}" does not list source "${x.sourceId}" among its sources`,
        });
      }
      if (!x.placeIds.includes(event.placeId)) {
        problems.push({
          file,
          record: x.id,
          field: 'placeIds',
          message: `links event "${id}" but not its place "${event.placeId}"`,
        });
      }
    });
  }
}

/** A passage's kept context (prefix, suffix) must be the text's characters either side of it. */
function checkContext(file: string, x: ExcerptRecord, text: string, problems: Problem[]): void {
  const before = x.prefix === undefined ? null : text.slice(Math.max(0, x.start - x.prefix.length), x.start);
  const after = x.suffix === undefined ? null : text.slice(x.end, x.end + x.suffix.length);
  if (before !== null && before !== x.prefix)
    problems.push({
      file,
      record: x.id,
      field: 'prefix',
      message: 'is not the text just before the passage',
    });
  if (after !== null && after !== x.suffix)
    problems.push({ file, record: x.id, field: 'suffix', message: 'is not the text just after the passage' });
}

/** Every source, place and event must lead to at least one passage of a source. */
export function checkCoverage(data: Linked, problems: Problem[]): void {
  const cover = (file: string, ids: Iterable<string>, linked: (id: string) => boolean) => {
    for (const id of ids) {
      if (!linked(id))
        problems.push({ file, record: id, field: '(excerpts)', message: 'no excerpt links this record' });
    }
  };
  const { excerpts, files } = data;
  cover(files.sources, data.sourceById.keys(), (id) => excerpts.some((x) => x.sourceId === id));
  cover(files.places, data.ownPlaceIds, (id) => excerpts.some((x) => x.placeIds.includes(id)));
  cover(
    files.events,
    data.events.map((e) => e.id),
    (id) => excerpts.some((x) => x.eventIds.includes(id)),
  );
}
