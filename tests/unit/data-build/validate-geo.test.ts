import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/records/checks/problems.ts';
import { validateGeo } from '../../../geo/pipeline/checks/validate.ts';
import { brokenGeo, realGeo } from './geo-fixture.ts';

const messages = (raw: Parameters<typeof validateGeo>[0]) => validateGeo(raw).problems.map(formatProblem);

describe('the data build validation', () => {
  it('accepts the real data without a single problem', () => {
    expect(messages(realGeo())).toEqual([]);
  });

  it('names file, record and field when a required field is missing', () => {
    const raw = brokenGeo((g) => delete g.events[0].summary);
    expect(messages(raw)).toContain('geo/events.json › nalchik-2005-attack › summary: is missing');
  });

  it('reports an unknown id reference', () => {
    const raw = brokenGeo((g) => (g.events[0].placeId = 'atlantis'));
    expect(messages(raw)).toContain(
      'geo/events.json › nalchik-2005-attack › placeId: unknown place id "atlantis"',
    );
  });

  it('reports excerpt text that does not match its offsets, and says where the text really is', () => {
    const raw = brokenGeo((g) => {
      g.excerpts[0].start += 1;
      g.excerpts[0].end += 1;
    });
    const [problem] = messages(raw);
    expect(problem).toMatch(
      /^geo\/excerpts\.json › ap-aktobe-gun-store › text: does not match 000_318697271e6f7e16\.txt at \d+-\d+ \(the text stands at \d+-\d+\)$/,
    );
  });

  it('reports an excerpt whose text was altered', () => {
    const raw = brokenGeo(
      (g) => (g.excerpts[1].text = g.excerpts[1].text.replace('21 civilians', '20 civilians')),
    );
    expect(messages(raw).join('\n')).toMatch(
      /ap-aktobe-figures › text: does not match .* \(nor anywhere else in it\)/,
    );
  });

  it('reports a bad date and an impossible one', () => {
    const raw = brokenGeo((g) => {
      g.events[0].date = '2005-13';
      g.events[0].datePrecision = 'month';
      g.events[1].date = 'May 2011';
    });
    const found = messages(raw);
    expect(found).toContain(
      'geo/events.json › nalchik-2005-attack › date: "2005-13" is not a real date in the form YYYY-MM that precision "month" asks for',
    );
    expect(found.some((m) => m.startsWith('geo/events.json › aktobe-2011-05-suicide-bombing › date:'))).toBe(
      true,
    );
  });

  it('reports coordinates outside the map frame', () => {
    const raw = brokenGeo((g) => (g.places[0].point = { ...g.places[0].point, lon: 2.35, lat: 48.85 }));
    expect(messages(raw)).toContain(
      'geo/places.json › aktobe › point: (lon 2.35, lat 48.85) is outside the map frame [28,28,102,62]',
    );
  });

  it('recognises latitude and longitude swapped', () => {
    const raw = brokenGeo((g) => {
      const taraz = g.places.find((p: { id: string }) => p.id === 'taraz');
      taraz.point = { ...taraz.point, lon: taraz.point.lat, lat: taraz.point.lon };
      const aktobe = g.places.find((p: { id: string }) => p.id === 'aktobe');
      aktobe.point = { ...aktobe.point, lon: aktobe.point.lat, lat: aktobe.point.lon };
    });
    const found = messages(raw);
    expect(found.find((m) => m.includes('› taraz ›'))).toMatch(
      /taraz › point: latitude and longitude look swapped/,
    );
    expect(found.find((m) => m.includes('› aktobe ›'))).toMatch(
      /aktobe › point: latitude and longitude look swapped/,
    );
  });

  it('reports a place that does not lie in its stated country', () => {
    const raw = brokenGeo((g) => (g.places.find((p: { id: string }) => p.id === 'nalchik').country = 'KZ'));
    expect(messages(raw)).toContain('geo/places.json › nalchik › country: the point lies in RU, not in KZ');
  });

  it('reports duplicate ids', () => {
    const raw = brokenGeo((g) => g.claims.push({ ...g.claims[0] }));
    expect(messages(raw)).toContain(
      'geo/claims.json › ap-aktobe-killed-attackers › id: duplicate id "ap-aktobe-killed-attackers"',
    );
  });

  it('reports a claim whose excerpt does not mention its value', () => {
    const raw = brokenGeo(
      (g) => (g.claims.find((c: { id: string }) => c.id === 'aj-aktobe-killed-civilians').value = 30),
    );
    expect(messages(raw)).toContain(
      'geo/claims.json › aj-aktobe-killed-civilians › value: excerpt "aj-aktobe-figures" does not mention 30',
    );
  });

  it('keeps a quantity given only in words, and checks the words stand in the excerpt', () => {
    const claim = (g: Record<string, any>) =>
      g.claims.find((c: { id: string }) => c.id === 'aj-aktobe-injured') as Record<string, unknown>;
    expect(messages(brokenGeo((g) => (claim(g).valueText = 'hundreds')))).toContain(
      'geo/claims.json › aj-aktobe-injured › valueText: excerpt "aj-aktobe-figures" does not contain "hundreds"',
    );
    expect(messages(brokenGeo((g) => delete claim(g).valueText))).toContain(
      'geo/claims.json › aj-aktobe-injured › valueText: is required when value is null (the source\'s words for the quantity, e.g. "scores")',
    );
    expect(messages(brokenGeo((g) => (claim(g).value = 40)))).toContain(
      'geo/claims.json › aj-aktobe-injured › valueText: must be left out when the source gives a number (value 40)',
    );
  });

  it('reports every problem at once rather than the first one only', () => {
    const raw = brokenGeo((g) => {
      delete g.sources[0].publisher;
      g.places[1].id = 'Taraz City';
      g.claims[0].excerptId = 'nowhere';
    });
    const found = messages(raw);
    expect(found).toEqual(
      expect.arrayContaining([
        'geo/sources/sources.json › armedpolitics-2016 › publisher: is missing',
        'geo/places.json › Taraz City › id: must be a lowercase slug like "semey"',
        'geo/claims.json › ap-aktobe-killed-attackers › excerptId: unknown excerpt id "nowhere"',
      ]),
    );
  });

  it('reports a file that is not an array of records', () => {
    const raw = brokenGeo((g) => (g.claims = { claims: [] }));
    expect(messages(raw)).toContain('geo/claims.json › (file) › (root): must be a JSON array of records');
  });

  it('reports an event that lists a source no excerpt of which reports it', () => {
    const raw = brokenGeo((g) => g.events[0].sourceIds.push('iwpr-2011-11-28'));
    expect(messages(raw)).toContain(
      'geo/events.json › nalchik-2005-attack › sourceIds.1: no excerpt of "iwpr-2011-11-28" reports this event',
    );
  });

  it('reports a record no excerpt links to', () => {
    const raw = brokenGeo((g) => g.places.push({ ...g.places[0], id: 'karaganda' }));
    expect(messages(raw)).toContain('geo/places.json › karaganda › (excerpts): no excerpt links this record');
  });

  it('counts every record it read, valid or not', () => {
    const raw = brokenGeo((g) => delete g.events[3].kind);
    const { counts, records } = validateGeo(raw);
    expect(counts.events).toBe(
      realGeo().events instanceof Array ? (realGeo().events as unknown[]).length : -1,
    );
    expect(records.events.length).toBe(counts.events - 1);
  });
});
