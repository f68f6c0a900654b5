/**
 * Validates the hand-written records in geo/ and collects every problem at once, each naming the file,
 * the record and the field, so that one build run shows the whole list of things to fix.
 * Pure: it takes parsed file contents and returns problems, so tests can feed it broken fixtures.
 */
import { claimRecord, eventRecord, excerptRecord, placeRecord, sourceRecord } from '../../src/data/schema.ts';
import { checkClaims } from './check-claims.ts';
import { checkDates } from './check-dates.ts';
import { checkCoverage, checkEventLinks, checkExcerpts, checkSourceFiles } from './check-links.ts';
import { checkPlaces } from './check-places.ts';
import { FILES, type GeoRecords, type RawGeo } from './geo-files.ts';
import { parseFile } from './parse-file.ts';
import type { Problem } from './problems.ts';

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

  // Each check sees only the records that parsed, so one broken field is reported once, not again as a
  // broken reference everywhere it is used.
  const linked = {
    sources: sources.valid,
    placeIds: new Set(places.valid.map((p) => p.id)),
    events: events.valid,
    excerpts: excerpts.valid,
    texts: raw.texts,
  };
  checkSourceFiles(linked, problems);
  checkDates(FILES.sources, sources.valid, problems);
  checkPlaces(raw.countries, places.valid, problems);
  checkDates(FILES.events, events.valid, problems);
  checkEventLinks(linked, problems);
  checkExcerpts(linked, problems);
  checkClaims(
    claims.valid,
    {
      eventIds: new Set(events.valid.map((e) => e.id)),
      sourceIds: new Set(sources.valid.map((s) => s.id)),
      excerptById: new Map(excerpts.valid.map((x) => [x.id, x])),
    },
    problems,
  );
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
