import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { yearsSpan } from '../../src/corpus/time/time-bins.ts';
import { dayOf } from '../../src/records/day-span.ts';
import { describe, expect, it } from 'vitest';
import { publishEvents } from '../../geo/scripts/publish-events.ts';
import { pagesFor } from '../../src/corpus/archive-pages.ts';
import { byFeatureDate } from '../../src/records/by-date.ts';
import { archiveManifest, addArchiveTallies, placePagePath } from '../../src/corpus/event-archive.ts';
import { eventsCollection, type EventsCollection } from '../../src/records/schema.ts';
import { selectionCounts, timeIndexOf, DEFAULT_SELECTION } from '../../src/corpus/selection.ts';
import { generateEvents } from '../../scripts/bench/generate-events.ts';

const DATA = new URL('../../public/data/', import.meta.url).pathname;
const places = JSON.parse(readFileSync(join(DATA, 'places.geojson'), 'utf8'));
const sourceIds = (JSON.parse(readFileSync(join(DATA, 'sources.json'), 'utf8')) as Array<{ id: string }>).map(
  (s) => s.id,
);
const events = generateEvents(places, sourceIds, 2500, 7) as EventsCollection;

/** A site's data folder with the places the events name, and the events file to publish. */
function site(collection: unknown): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'archive-'));
  copyFileSync(join(DATA, 'places.geojson'), join(dir, 'places.geojson'));
  const file = join(dir, 'incoming.geojson');
  writeFileSync(file, JSON.stringify(collection));
  return { dir, file };
}

const read = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('an event set published as an archive', () => {
  it('holds tallies that count as the events do, with a source switched off too', async () => {
    const { dir, file } = site(events);
    expect(await publishEvents(file, dir, 1000)).toEqual({ ok: true, count: 2500, archive: true });
    expect(read(dir, 'events.geojson')).toMatchObject({ features: [], archive: 'events-archive.json' });
    const manifest = archiveManifest.parse(read(dir, 'events-archive.json'));
    const all = events.features.map((f) => f.properties);
    for (const hidden of [new Set<string>(), new Set([sourceIds[0]!, sourceIds[2]!])]) {
      const selection = { ...DEFAULT_SELECTION, hiddenSources: hidden };
      // Over all time and in a range of days: the day tallies count as the events one by one.
      for (const range of [null, { from: dayOf(2016, 6, 1), to: dayOf(2016, 6, 30) }]) {
        const archived = timeIndexOf([], hidden);
        addArchiveTallies(archived, manifest, hidden);
        const s = { ...selection, range };
        expect(selectionCounts(archived.finish(), s)).toEqual(
          selectionCounts(timeIndexOf(all, hidden).finish(), s),
        );
      }
    }
  });

  it('lists each place’s events oldest first in pages, and finds a year’s pages', async () => {
    const { dir, file } = site(events);
    await publishEvents(file, dir, 1000);
    const manifest = archiveManifest.parse(read(dir, 'events-archive.json'));
    const aktobe = events.features.filter((f) => f.properties.placeId === 'aktobe').sort(byFeatureDate);
    const pages = manifest.places.aktobe!.pages.map((_, i) =>
      eventsCollection.parse(read(dir, placePagePath('aktobe', i))),
    );
    expect(pages.flatMap((p) => p.features.map((f) => f.properties.id))).toEqual(
      aktobe.map((f) => f.properties.id),
    );
    const in2016 = pagesFor(manifest, 'aktobe', yearsSpan(2016, 2016)).flatMap((i) => pages[i]!.features);
    expect(in2016.filter((f) => f.properties.year === 2016)).toHaveLength(
      aktobe.filter((f) => f.properties.year === 2016).length,
    );
  });

  it('cuts tiles that carry each event’s sources, read back by the pmtiles package', async () => {
    const { dir, file } = site(events);
    await publishEvents(file, dir, 1000);
    const bytes = readFileSync(join(dir, 'events.pmtiles'));
    const source: Source = {
      getKey: () => 'file',
      getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
        data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length),
      }),
    };
    const tile = await new PMTiles(source).getZxy(0, 0, 0);
    const layer = new VectorTile(new PbfReader(new Uint8Array(tile!.data)) as never).layers.events!;
    const marks = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
    // Every event counted once in the marks of all years, and once in its year's marks.
    const counted = (all: boolean) =>
      marks.filter((p) => Boolean(p.allYears) === all).reduce((n, p) => n + Number(p.count), 0);
    expect([counted(true), counted(false)]).toEqual([2500, 2500]);
    expect(marks.every((p) => /^,[a-z0-9-]+(,[a-z0-9-]+)*,$/.test(String(p.sources)))).toBe(true);
  });

  it('is written whole, as events.geojson, at or below the threshold', async () => {
    const { dir, file } = site(events);
    expect(await publishEvents(file, dir, 2500)).toEqual({ ok: true, count: 2500, archive: false });
    expect(read(dir, 'events.geojson').features).toHaveLength(2500);
    expect(existsSync(join(dir, 'events-archive.json'))).toBe(false);
  });

  it('is refused with the file, the record and the field named when a record is bad', async () => {
    const bad = structuredClone(events);
    bad.features[17]!.properties.placeId = 'atlantis';
    (bad.features[40]!.properties as { date: unknown }).date = 2016;
    const { dir, file } = site(bad);
    const result = await publishEvents(file, dir, 1000);
    expect(result.ok).toBe(false);
    const problems = (result as { problems: string[] }).problems;
    expect(problems).toContain(
      `${file} › feature 18 (synthetic-17) › properties.placeId: no place 'atlantis'`,
    );
    expect(problems.some((p) => p.startsWith(`${file} › feature 41 › properties.date:`))).toBe(true);
    expect(existsSync(join(dir, 'events-archive.json'))).toBe(false);
  });
});
