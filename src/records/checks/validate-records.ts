/**
 * Validates hand-written records (geo/, or a source pack laid out as geo/ is) and collects every problem at
 * once, each naming the file, the record and the field, so that one run shows the whole list of things to fix.
 * Pure: it takes parsed file contents and returns problems, so tests can feed it broken fixtures. The data
 * build adds its checks against the country polygons (geo/pipeline/checks/validate.ts).
 */
import {
  claimRecord,
  eventRecord,
  excerptRecord,
  placeRecord,
  sourceRecord,
  type ClaimRecord,
  type EventRecord,
  type ExcerptRecord,
  type PlaceRecord,
  type SourceRecord,
} from '../schema.ts';
import { checkClaims } from './check-claims.ts';
import { checkDates } from './check-dates.ts';
import {
  checkCoverage,
  checkEventLinks,
  checkExcerpts,
  checkSourceFiles,
  NOTHING_KNOWN,
  type KnownRecords,
  type Linked,
} from './check-links.ts';
import { checkFrame } from './check-frame.ts';
import { parseFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import type { RecordFiles } from './record-files.ts';

/** The five record files as read (any JSON), and the source texts by file name. */
export interface RawRecords {
  sources: unknown;
  places: unknown;
  events: unknown;
  excerpts: unknown;
  claims: unknown;
  texts: ReadonlyMap<string, string>;
}

export interface RecordSet {
  sources: SourceRecord[];
  places: PlaceRecord[];
  events: EventRecord[];
  excerpts: ExcerptRecord[];
  claims: ClaimRecord[];
  texts: ReadonlyMap<string, string>;
}

export type RecordKind = 'sources' | 'places' | 'events' | 'excerpts' | 'claims';

export interface Validation {
  records: RecordSet;
  problems: Problem[];
  /** Records read from each file, whether or not they were valid: nothing is dropped without a word. */
  counts: Record<RecordKind, number>;
}

export function validateRecords(
  raw: RawRecords,
  files: RecordFiles,
  known: KnownRecords = NOTHING_KNOWN,
): Validation {
  const problems: Problem[] = [];
  const sources = parseFile(files.sources, raw.sources, sourceRecord, problems);
  const places = parseFile(files.places, raw.places, placeRecord, problems);
  const events = parseFile(files.events, raw.events, eventRecord, problems);
  const excerpts = parseFile(files.excerpts, raw.excerpts, excerptRecord, problems);
  const claims = parseFile(files.claims, raw.claims, claimRecord, problems);

  // The checks see only the records that parsed: a record that failed to parse is also reported, as an
  // unknown id, wherever another record refers to it.
  const ownPlaceIds = new Set(places.valid.map((p) => p.id));
  const ownEventIds = new Set(events.valid.map((e) => e.id));
  const linked: Linked = {
    files,
    sources: sources.valid,
    ownPlaceIds,
    placeIds: new Set([...known.placeIds, ...ownPlaceIds]),
    events: events.valid,
    excerpts: excerpts.valid,
    sourceById: new Map(sources.valid.map((s) => [s.id, s])),
    eventById: new Map([...known.events, ...events.valid.map((e) => [e.id, e] as const)]),
    excerptById: new Map(excerpts.valid.map((x) => [x.id, x])),
    knownEventIds: new Set([...known.events.keys()].filter((id) => !ownEventIds.has(id))),
    texts: raw.texts,
  };
  checkSourceFiles(linked, problems);
  checkDates(files.sources, sources.valid, problems);
  checkFrame(files.places, places.valid, problems);
  checkDates(files.events, events.valid, problems);
  checkEventLinks(linked, problems);
  checkExcerpts(linked, problems);
  checkClaims(claims.valid, linked, problems);
  checkCoverage(linked, problems);

  return {
    records: {
      sources: sources.valid,
      places: places.valid,
      events: events.valid,
      excerpts: excerpts.valid,
      claims: claims.valid,
      texts: raw.texts,
    },
    problems,
    counts: {
      sources: sources.count,
      places: places.count,
      events: events.count,
      excerpts: excerpts.count,
      claims: claims.count,
    },
  };
}
