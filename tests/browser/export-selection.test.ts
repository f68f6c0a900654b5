/**
 * A reader takes what they see away: with a dataset of their own imported (hostile cells planted in it), they
 * choose 2016 and the attack and protest layers, then download every export through the Export menu and the
 * files are opened by parsers that are not the project's. Every request off the machine is blocked.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventFeature } from '../../src/records/schema.ts';
import { ACLED_HEADER, acledRow, csv } from '../fixtures/dataset-files.ts';
import { ARTIFACTS, mapIdle } from './support/harness.ts';
import { readerSession } from './support/reader-session.ts';

const session = readerSession();

const PLANTED_NOTES = '=HYPERLINK("http://example.invalid/","Click me")';
const acledFile = csv(ACLED_HEADER, [
  acledRow({
    event_id_cnty: 'KAZ7001', event_date: '2016-05-21', time_precision: '1', event_type: 'Protests',
    sub_event_type: 'Peaceful protest', country: 'Kazakhstan', admin1: '-Aktobe', location: '@Khromtau',
    latitude: '50.25', longitude: '58.43', geo_precision: '1', source: '+Radio Azattyq', notes: PLANTED_NOTES,
    fatalities: '0',
  }),
]); // prettier-ignore

async function download(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  if ((await page.locator('.export-menu[open]').count()) === 0) await page.click('.export-menu > summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const csvRows = (bytes: Buffer) => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes, { bom: true, columns: true }) as Array<Record<string, string>>;
};

describe('a reader who exports the selection', () => {
  it('downloads the events, the claims, the sources and a figure of the map, each readable elsewhere', async () => {
    const w = await session.open('?year=2016&layers=attack,protest', { blockOffOrigin: true });
    await w.page.setInputFiles('#add-data-input', {
      name: 'planted.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(acledFile, 'utf8'),
    });
    await w.page.waitForSelector('[data-import-step="done"]');
    await w.page.click('.import-panel button:has-text("Close")');
    await mapIdle(w.page);
    const day = new Date().toISOString().slice(0, 10);
    const stem = `steppe-sources_2016_attack-protest_${day}`;

    const geojson = await download(w.page, 'geojson');
    expect(geojson.name).toBe(`${stem}.geojson`);
    const collection = check(geojson.bytes.toString('utf8')) as FeatureCollection;
    const ids = collection.features.map((f) => (f.properties as { id: string }).id);
    expect(ids).toContain('aktobe-2016-06-05-attacks');
    expect(ids).toContain('data-planted-row-2');
    for (const feature of collection.features) expect(eventFeature.safeParse(feature).success).toBe(true);
    const kinds = new Set(collection.features.map((f) => (f.properties as { kind: string }).kind));
    expect([...kinds].sort()).toEqual(['attack', 'protest']);

    const events = await download(w.page, 'events-csv');
    expect(events.name).toBe(`${stem}.csv`);
    const eventRows = csvRows(events.bytes);
    expect(eventRows.map((r) => r.event_id).sort()).toEqual([...ids].sort());
    const planted = eventRows.find((r) => r.event_id === 'data-planted-row-2')!;
    expect(planted.dataset_passage).toBe(`'${PLANTED_NOTES}`);
    expect(planted.dataset_citations).toBe("'+Radio Azattyq");
    expect(eventRows.flatMap((r) => Object.values(r)).filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);

    const claims = await download(w.page, 'claims-csv');
    expect(claims.name).toBe(`${stem}_claims.csv`);
    const aktobe = csvRows(claims.bytes).filter((r) => r.event_id === 'aktobe-2016-06-05-attacks');
    // Three sources give three counts of civilians killed: each stays, with its words, marked contested.
    const killed = aktobe.filter((r) => r.measure === 'killed-civilians');
    expect(killed.map((r) => [r.source_id, r.value])).toEqual([
      ['armedpolitics-2016', '21'],
      ['al-jazeera-2016-06-09', '3'],
      ['hizb-ut-tahrir-2016', '4'],
    ]);
    expect(killed.every((r) => r.contested === 'true' && r.passage!.length > 20)).toBe(true);

    const bibtex = await download(w.page, 'bibtex');
    expect(bibtex.name).toBe(`${stem}_sources.bib`);
    const cited = new Cite(bibtex.bytes.toString('utf8')).data.map((x) => x.title);
    expect(cited).toContain('Kazakhstan is shocked by terrorist attacks');
    expect(cited).toContain('planted');
    const ris = await download(w.page, 'ris');
    const fromRis = (await Cite.async(ris.bytes.toString('utf8'), { forceType: '@ris/file' })).data;
    expect(fromRis.map((x) => x.title)).toEqual(cited);
    const csl = await download(w.page, 'csl-json');
    expect(csl.name).toBe(`${stem}_sources.json`);
    expect((JSON.parse(csl.bytes.toString('utf8')) as Array<{ title: string }>).map((x) => x.title)).toEqual(
      cited,
    );

    const figure = await download(w.page, 'png');
    expect(figure.name).toBe(`${stem}_map.png`);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'export-figure.png'), figure.bytes);
    // A valid PNG to a strict reader: pngjs refuses content after the last chunk, and the last chunk is IEND.
    const png = PNG.sync.read(figure.bytes);
    expect(figure.bytes.subarray(-12, -4).toString('latin1')).toBe('\0\0\0\0IEND');
    const canvas = await w.page.locator('.maplibregl-canvas').boundingBox();
    expect(png.width).toBe(Math.round(canvas!.width) * 2);
    expect(png.height).toBeGreaterThan(Math.round(canvas!.height) * 2);
    // The map's part of the picture is a map, not a blank: it holds many colours.
    const colours = new Set<number>();
    for (let y = 150; y < png.height - 300; y += 7)
      for (let x = 0; x < png.width; x += 7) colours.add(png.data.readUInt32BE((y * png.width + x) * 4));
    expect(colours.size).toBeGreaterThan(40);
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });

  it('prints the map as a picture, with the open place’s figures and passages cited in full', async () => {
    const w = await session.open('?place=aktobe&year=2016', { blockOffOrigin: true });
    await w.page.waitForSelector('.place-panel [data-excerpt]');
    await w.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await w.page.emulateMedia({ media: 'print' });
    const snapshot = w.page.locator('.map-print-snapshot');
    expect(await snapshot.isVisible()).toBe(true);
    expect((await snapshot.getAttribute('src'))!.length).toBeGreaterThan(10_000);
    expect(await w.page.locator('.maplibregl-canvas').isVisible()).toBe(false);
    expect(await w.page.locator('.top-bar .views').isVisible()).toBe(false);
    expect(await w.page.locator('.place-panel table.claims').first().isVisible()).toBe(true);
    const citation = w.page.locator('.print-citation').first();
    expect(await citation.isVisible()).toBe(true);
    expect(await citation.innerText()).toMatch(/^“.+” — .+, “.+”, .+\.$/s);
    await w.page.emulateMedia({ media: 'screen' });
    await w.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await snapshot.count()).toBe(0);
  });
});
