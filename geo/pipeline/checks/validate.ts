/**
 * Validates the hand-written records in geo/ and collects every problem at once, each naming the file,
 * the record and the field, so that one build run shows the whole list of things to fix.
 * Pure: it takes parsed file contents and returns problems, so tests can feed it broken fixtures.
 */
import {
  claimRecord,
  eventRecord,
  excerptRecord,
  placeRecord,
  sourceRecord,
} from '../../../src/records/schema.ts';
import { checkClaims } from './check-claims.ts';
import { checkDates } from './check-dates.ts';
import {
  checkCoverage,
  checkEventLinks,
  checkExcerpts,
  checkSourceFiles,
  type Linked,
} from './check-links.ts';
import { checkPlaces } from './check-places.ts';
import { FILES, type GeoRecords, type RawGeo } from '../geo-files.ts';
import { parseFile } from '../parse-file.ts';
import type { Problem } from '../problems.ts';

export interface Validation {
  records: GeoRecords;
  problems: Problem[];
  /** Records read from each file, whether or not they were valid: nothing is dropped without a word. */
  counts: Record<keyof typeof FILES, number>;
}

export function validateGeo(raw: RawGeo): Validation {
  const problems: Problem[] = [];
  const sources = parseFile(FILES.sources, raw.sources, sourceRecord, problems);
  const places = parseFile(FILES.places, raw.places, placeRecord, problems);
  const events = parseFile(FILES.events, raw.events, eventRecord, problems);
  const excerpts = parseFile(FILES.excerpts, raw.excerpts, excerptRecord, problems);
  const claims = parseFile(FILES.claims, raw.claims, claimRecord, problems);

  // The checks see only the records that parsed: a record that failed to parse is also reported, as an
  // unknown id, wherever another record refers to it.
  const linked: Linked = {
    sources: sources.valid,
    placeIds: new Set(places.valid.map((p) => p.id)),
    events: events.valid,
    excerpts: excerpts.valid,
    sourceById: new Map(sources.valid.map((s) => [s.id, s])),
    eventById: new Map(events.valid.map((e) => [e.id, e])),
    excerptById: new Map(excerpts.valid.map((x) => [x.id, x])),
    texts: raw.texts,
  };
  checkSourceFiles(linked, problems);
  checkDates(FILES.sources, sources.valid, problems);
  checkPlaces(raw.countries, places.valid, problems);
  checkDates(FILES.events, events.valid, problems);
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
