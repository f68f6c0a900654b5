/**
 * A source pack: the reader's own sources and what they mark in them, laid out as geo/ is (so `npm run
 * add-sources` can write it there), plus two files for other tools: the passages as W3C Web Annotations and the
 * places in Linked Places Format. Those two are written from the records and never read back.
 */
import { recordFiles } from '../records/checks/record-files.ts';
import type { RecordSet } from '../records/checks/validate-records.ts';

export const PACK_FILES = recordFiles('');
export const ANNOTATIONS_FILE = 'annotations.jsonld';
export const LINKED_PLACES_FILE = 'places.lpf.geojson';

/** The records of a pack, in geo/'s shapes, with the source texts by file name. */
export type SourcePack = RecordSet;

export const EMPTY_PACK: SourcePack = {
  sources: [],
  places: [],
  events: [],
  excerpts: [],
  claims: [],
  texts: new Map(),
};

export const isEmptyPack = (pack: SourcePack): boolean =>
  pack.sources.length === 0 && pack.places.length === 0;
