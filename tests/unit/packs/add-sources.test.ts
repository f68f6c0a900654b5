import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSources } from '../../../geo/scripts/add-sources.ts';
import { buildData } from '../../../geo/pipeline/build-data.ts';
import { fixturePack, fixturePackZip } from '../../fixtures/source-pack.ts';
import { writePack } from '../../../src/packs/write-pack.ts';
import { ROOT } from '../data-build/geo-fixture.ts';

/** A copy of geo/ to publish into, as a clean clone would have it (with the formatter's settings). */
function cleanGeo(): string {
  const root = mkdtempSync(join(tmpdir(), 'add-sources-'));
  cpSync(join(ROOT, 'geo'), join(root, 'geo'), { recursive: true });
  cpSync(join(ROOT, '.prettierrc.json'), join(root, '.prettierrc.json'));
  return root;
}

const readJson = (root: string, file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

// Each test runs the data build on a copy of geo/ (about 3 s alone, more on a busy machine).
describe('npm run add-sources', { timeout: 60_000 }, () => {
  it('writes a pack into geo/, after which the data build checks it and the site shows it', async () => {
    const root = cleanGeo();
    const before = readFileSync(join(root, 'geo/excerpts.json'), 'utf8');
    const result = await addSources(root, fixturePackZip());
    expect(result.ok).toBe(true);
    // geo/'s own records stay as written, field for field; the pack's follow them.
    const after = readFileSync(join(root, 'geo/excerpts.json'), 'utf8');
    expect(after.startsWith(before.slice(0, before.lastIndexOf('}') + 1))).toBe(true);
    const out = mkdtempSync(join(tmpdir(), 'add-sources-out-'));
    const build = buildData(root, out);
    expect(build.messages.filter((m) => !m.startsWith('geo:'))).toEqual([]);
    expect(build.ok).toBe(true);
    const places = readJson(out, 'places.geojson').features.map(
      (f: { properties: { id: string } }) => f.properties.id,
    );
    expect(places).toContain('kandyagash');
    const claims = readJson(out, 'claims.json') as Array<{ id: string; contested: boolean }>;
    expect(claims.find((c) => c.id === 'tw-aktobe-killed-total')?.contested).toBe(true);
    const aktobe = (readJson(root, 'geo/events.json') as Array<{ id: string; sourceIds: string[] }>).find(
      (e) => e.id === 'aktobe-2016-06-05-attacks',
    );
    expect(aktobe?.sourceIds).toContain('test-wire-2016');
    expect(readFileSync(join(out, 'sources/test-wire-2016.txt'), 'utf8')).toBe(
      fixturePack().texts.get('test-wire-2016.txt'),
    );
    expect(readJson(root, 'geo/translations.json').untranslated.events).toEqual([
      'kandyagash-2016-04-27-land-protest',
    ]);
  });

  it('refuses a pack with one passage off its offsets, naming it, and writes nothing', async () => {
    const root = cleanGeo();
    const pack = fixturePack();
    pack.excerpts[0]!.start += 1;
    const before = readFileSync(join(root, 'geo/excerpts.json'), 'utf8');
    const result = await addSources(root, writePack(pack));
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(
        /^excerpts\.json › tw-kandyagash-protest › text: does not match test-wire-2016\.txt/,
      ),
    ]);
    expect(readFileSync(join(root, 'geo/excerpts.json'), 'utf8')).toBe(before);
  });

  it('refuses a record under an id geo/ gives to another, unless told to rename it', async () => {
    const pack = fixturePack();
    pack.places[0]!.id = 'semey';
    pack.events[0]!.placeId = 'semey';
    pack.excerpts[0]!.placeIds = ['semey'];
    const refused = await addSources(cleanGeo(), writePack(pack));
    expect(refused.ok ? [] : refused.problems).toEqual([
      "places › semey: geo/ already has a different record with this id (--rename makes it semey-2, --keep keeps geo/'s)",
    ]);
    const renamed = await addSources(cleanGeo(), writePack(pack), 'rename');
    expect(renamed.ok && renamed.added.places.map((p) => p.id)).toEqual(['semey-2']);
  });
});
