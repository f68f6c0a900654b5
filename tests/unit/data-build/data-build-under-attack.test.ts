/**
 * Property-based: mutate the real geo/ data (drop, swap, retype and corrupt fields, cut files short, break
 * references, shift excerpt offsets) and check that every case either builds with as many records out as in,
 * or stops with messages that name file, record and field. Never a stack trace, never a silent drop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive } from '../../../geo/pipeline/derive.ts';
import { parseJsonText } from '../../../geo/pipeline/read-geo.ts';
import { FILES, type RawGeo } from '../../../geo/pipeline/geo-files.ts';
import { validateGeo } from '../../../geo/pipeline/checks/validate.ts';
import type { Problem } from '../../../src/records/checks/problems.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, realGeo } from './geo-fixture.ts';

type FileKey = keyof typeof FILES;
const KEYS: FileKey[] = ['sources', 'places', 'events', 'excerpts', 'claims'];
const base = realGeo();
const basemap = {
  oblasts: JSON.parse(readFileSync(join(ROOT, 'geo/basemap/oblasts.geojson'), 'utf8')),
  borders: JSON.parse(readFileSync(join(ROOT, 'geo/basemap/borders.geojson'), 'utf8')),
};
const FILE_NAMES = new Set(Object.values(FILES));

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.constant('2016-02-30'),
  fc.constant('aktobe'),
);

type Mutation =
  | { op: 'drop'; file: FileKey; index: number; field: string }
  | { op: 'retype'; file: FileKey; index: number; field: string; value: unknown }
  | { op: 'swap'; file: FileKey; a: number; b: number; field: string }
  | { op: 'remove-record'; file: FileKey; index: number }
  | { op: 'duplicate-record'; file: FileKey; index: number }
  | { op: 'shift-offsets'; index: number; by: number }
  | { op: 'break-reference'; file: FileKey; index: number; field: string }
  | { op: 'cut-short'; file: FileKey; at: number }
  | { op: 'swap-coordinates'; index: number };

const FIELDS: Record<FileKey, string[]> = {
  sources: ['id', 'file', 'publisher', 'title', 'date', 'datePrecision', 'author', 'url', 'kind', 'speaker'],
  places: ['id', 'names', 'variants', 'precision', 'country', 'point'],
  events: ['id', 'kind', 'date', 'datePrecision', 'placeId', 'summary', 'sourceIds'],
  excerpts: ['id', 'sourceId', 'start', 'end', 'text', 'placeIds', 'eventIds'],
  claims: ['id', 'eventId', 'measure', 'value', 'sourceId', 'excerptId'],
};
const REFERENCES: Record<FileKey, string[]> = {
  sources: ['file'],
  places: ['country'],
  events: ['placeId', 'sourceIds'],
  excerpts: ['sourceId', 'placeIds', 'eventIds'],
  claims: ['eventId', 'sourceId', 'excerptId'],
};

const fileKey = fc.constantFrom(...KEYS);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fileKey.chain((file) =>
    fc.record({
      op: fc.constant('drop' as const),
      file: fc.constant(file),
      index: fc.nat(40),
      field: fc.constantFrom(...FIELDS[file]),
    }),
  ),
  fileKey.chain((file) =>
    fc.record({
      op: fc.constant('retype' as const),
      file: fc.constant(file),
      index: fc.nat(40),
      field: fc.constantFrom(...FIELDS[file]),
      value: junk,
    }),
  ),
  fileKey.chain((file) =>
    fc.record({
      op: fc.constant('swap' as const),
      file: fc.constant(file),
      a: fc.nat(40),
      b: fc.nat(40),
      field: fc.constantFrom(...FIELDS[file]),
    }),
  ),
  fc.record({ op: fc.constant('remove-record' as const), file: fileKey, index: fc.nat(40) }),
  fc.record({ op: fc.constant('duplicate-record' as const), file: fileKey, index: fc.nat(40) }),
  fc.record({
    op: fc.constant('shift-offsets' as const),
    index: fc.nat(40),
    by: fc.integer({ min: -50, max: 50 }).filter((n) => n !== 0),
  }),
  fileKey.chain((file) =>
    fc.record({
      op: fc.constant('break-reference' as const),
      file: fc.constant(file),
      index: fc.nat(40),
      field: fc.constantFrom(...REFERENCES[file]),
    }),
  ),
  fc.record({
    op: fc.constant('cut-short' as const),
    file: fileKey,
    at: fc.double({ min: 0, max: 0.999, noNaN: true }),
  }),
  fc.record({ op: fc.constant('swap-coordinates' as const), index: fc.nat(17) }),
);

function apply(raw: Record<FileKey, any>, m: Mutation, problems: Problem[]): void {
  const list = (file: FileKey) => raw[file] as any[];
  const at = (file: FileKey, i: number) => list(file)[i % list(file).length];
  switch (m.op) {
    case 'drop':
      delete at(m.file, m.index)[m.field];
      break;
    case 'retype':
      at(m.file, m.index)[m.field] = m.value;
      break;
    case 'swap': {
      const a = at(m.file, m.a);
      const b = at(m.file, m.b);
      [a[m.field], b[m.field]] = [b[m.field], a[m.field]];
      break;
    }
    case 'remove-record':
      list(m.file).splice(m.index % list(m.file).length, 1);
      break;
    case 'duplicate-record':
      list(m.file).push(structuredClone(at(m.file, m.index)));
      break;
    case 'shift-offsets': {
      const x = at('excerpts', m.index);
      x.start += m.by;
      x.end += m.by;
      break;
    }
    case 'break-reference': {
      const r = at(m.file, m.index);
      r[m.field] = Array.isArray(r[m.field]) ? [...r[m.field], 'no-such-id'] : 'no-such-id';
      break;
    }
    case 'cut-short': {
      const text = JSON.stringify(raw[m.file], null, 2);
      raw[m.file] = parseJsonText(FILES[m.file], text.slice(0, Math.floor(text.length * m.at)), problems);
      break;
    }
    case 'swap-coordinates': {
      const p = at('places', m.index);
      p.point = { ...p.point, lon: p.point.lat, lat: p.point.lon };
      break;
    }
  }
}

function inputCount(raw: unknown): number {
  return Array.isArray(raw) ? raw.length : 0;
}

describe('the data build under attack', () => {
  it('builds or names file, record and field for every problem, across 1,000 mutated datasets', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const copy = structuredClone({
          sources: base.sources,
          places: base.places,
          events: base.events,
          excerpts: base.excerpts,
          claims: base.claims,
        }) as Record<FileKey, any>;
        const readProblems: Problem[] = [];
        for (const m of mutations) {
          try {
            apply(copy, m, readProblems);
          } catch {
            // A mutation that no longer applies (its file was cut short) leaves the data as it is.
          }
        }
        const raw: RawGeo = { ...copy, texts: base.texts, countries: base.countries };
        const { problems, records, counts } = validateGeo(raw); // must not throw
        const all = [...readProblems, ...problems];
        for (const p of all) {
          expect(FILE_NAMES.has(p.file as never), `unknown file in ${JSON.stringify(p)}`).toBe(true);
          expect(p.record.length).toBeGreaterThan(0);
          expect(p.field.length).toBeGreaterThan(0);
          expect(p.message).not.toMatch(/\n\s+at /); // no stack trace
        }
        for (const key of KEYS) expect(counts[key]).toBe(inputCount(copy[key]));
        if (all.length === 0) {
          const derived = derive(records, basemap);
          expect(derived.places.features.length).toBe(counts.places);
          expect(derived.events.features.length).toBe(counts.events);
          expect(derived.claims.length).toBe(counts.claims);
          expect(records.excerpts.length).toBe(counts.excerpts);
          expect(records.sources.length).toBe(counts.sources);
        } else {
          // Every record that was read but not kept is named by at least one problem.
          for (const key of KEYS) {
            const kept = new Set((records[key] as Array<{ id: string }>).map((r) => r.id));
            const dropped = inputCount(copy[key]) - kept.size;
            if (dropped > 0)
              expect(
                all.some((p) => p.file === FILES[key]),
                `${key}: ${dropped} record(s) dropped silently`,
              ).toBe(true);
          }
        }
      }),
      { numRuns: 1000, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  }, 240_000);
});
