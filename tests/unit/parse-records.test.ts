import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/i18n/message.ts';
import { inEnglish } from '../fixtures/in-english.ts';
import { describeLeftOut, parseFeatureCollection, parseList } from '../../src/corpus/parse-records.ts';
import { claimOutput, eventFeature } from '../../src/records/schema.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));

describe('data files checked record by record in the app', () => {
  it('keeps every record of the built files', () => {
    const events = read('events.geojson') as { features: unknown[] };
    const parsed = parseFeatureCollection(events, eventFeature);
    expect(parsed.ok && parsed.value.features.length).toBe(events.features.length);
    expect(parsed.ok && parsed.leftOut).toEqual([]);
  });

  it('leaves out only the broken record and names it, its field and the fault', () => {
    const events = read('events.geojson') as { features: Array<{ properties: Record<string, unknown> }> };
    events.features[3]!.properties.year = 'soon';
    const parsed = parseFeatureCollection(events, eventFeature);
    if (!parsed.ok) throw new Error('the file should load');
    expect(parsed.value.features).toHaveLength(events.features.length - 1);
    expect(parsed.leftOut).toHaveLength(1);
    expect(parsed.total).toBe(events.features.length);
    const [leftOut] = parsed.leftOut;
    expect(leftOut!.record).toBe(`"${String(events.features[3]!.properties.id)}" (#4)`);
    expect(leftOut!.field).toBe('properties.year');
  });

  it('names a record without an id by its position', () => {
    const claims = read('claims.json') as Array<Record<string, unknown>>;
    delete claims[0]!.id;
    const parsed = parseList(claims, claimOutput);
    expect(parsed.ok && parsed.leftOut).toEqual([{ record: '#1', field: 'id', message: expect.any(String) }]);
  });

  it('refuses a file whose outer shape is wrong, saying why', () => {
    const reason = (parsed: { ok: boolean; reason?: Message }) => !parsed.ok && inEnglish(parsed.reason!);
    expect(reason(parseFeatureCollection({ type: 'Feature' }, eventFeature))).toMatch(
      /^is not a GeoJSON FeatureCollection \(type: /,
    );
    expect(reason(parseList({ claims: [] }, claimOutput))).toBe('is not a list of records');
  });

  it('says how many were left out of how many, naming the first three', () => {
    const leftOut = [1, 2, 3, 4, 5].map((n) => ({ record: `#${n}`, field: 'id', message: 'bad' }));
    const sentence = inEnglish(describeLeftOut(leftOut, 100));
    expect(sentence).toMatch(/^has 5 of 100 records that do not match the data contract, left out/);
    expect(sentence).toContain('#3 id: bad');
    expect(sentence).not.toContain('#4 id');
    expect(sentence).toContain('and 2 more');
  });
});
