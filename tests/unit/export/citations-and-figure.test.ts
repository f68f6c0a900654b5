import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { citationFiles, cslItems } from '../../../src/export/source-citations.ts';
import { scaleBar } from '../../../src/export/map-figure.ts';
import type { DatasetInfo } from '../../../src/records/schema.ts';
import { builtData } from './built-data.ts';

const { sources } = builtData();
const dataset: DatasetInfo = {
  id: 'data-acled-kz', name: 'ACLED Казахстан } @misc{x, & 50% $5 #1 a_b', fileName: 'acled-kz.csv', format: 'acled', encoding: 'utf-8',
  rowsRead: 12, rowsImported: 10, rowsRejected: 2, unit: 'row', importedAt: '2026-12-01T10:00:00.000Z',
  placesJoined: 3, placesFormed: 1, eventsLinked: 1, published: false,
}; // prettier-ignore

describe('the cited sources, written by citation.js', () => {
  it('read back from BibTeX, RIS and CSL-JSON with every title, author, date and URL, braces and Cyrillic too', async () => {
    const files = await citationFiles(await cslItems(sources, [dataset]));
    const fromBibtex = new Cite(files.bibtex).data;
    const fromRis = (await Cite.async(files.ris, { forceType: '@ris/file' })).data;
    const fromCsl = JSON.parse(files.cslJson) as Array<Record<string, unknown>>;
    for (const read of [fromBibtex, fromRis, fromCsl]) {
      expect(read.map((item) => item.title)).toEqual([...sources.map((s) => s.title), dataset.name]);
    }
    const iwpr = sources.find((s) => s.id === 'iwpr-2011-11-28')!;
    for (const read of [fromBibtex, fromRis, fromCsl]) {
      const item = read.find((x) => x.title === iwpr.title)!;
      expect(item.author).toEqual([{ given: 'Meruert', family: 'Sarsebai' }]);
      expect(item.URL).toBe(iwpr.url);
      expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]!.slice(0, 1)).toEqual([2011]);
    }
    // A newsdesk that signs as its own outlet is the publisher, not an author.
    const armed = fromCsl.find((x) => x.id === 'armedpolitics-2016')!;
    expect(armed.author).toBeUndefined();
    expect(armed.publisher).toBe('ArmedPolitics Newsdesk');
    // A date the source does not print is marked approximate, with our note on why.
    expect(armed.issued).toEqual({ 'date-parts': [[2016, 6]], circa: true });
    expect(armed.note).toMatch(/^Undated/);
    expect(fromCsl.find((x) => x.id === 'iwpr-2011-11-28')!.issued).toEqual({
      'date-parts': [[2011, 11, 28]],
    });
  });
});

describe('the figure’s scale bar', () => {
  it('is a round distance that fits its room', () => {
    expect(scaleBar(1000, 120)).toEqual({ km: 100, px: 100 });
    expect(scaleBar(3000, 120)).toEqual({ km: 200, px: 200 / 3 });
    expect(scaleBar(20, 120)).toEqual({ km: 2, px: 100 });
  });
});
