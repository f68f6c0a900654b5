import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readPack } from '../../../src/packs/read-pack.ts';
import { packFiles, writePack } from '../../../src/packs/write-pack.ts';
import { formatProblem } from '../../../src/records/checks/problems.ts';
import { fixturePack, fixturePackZip, PACK_TEXT } from '../../fixtures/source-pack.ts';
import { knownSite } from './known-site.ts';

/** The fixture's files, changed by `edit`, zipped again as a hand would. */
function editedZip(edit: (files: Record<string, string>) => void): Uint8Array {
  const files = Object.fromEntries(
    Object.entries(unzipSync(fixturePackZip())).map(([p, b]) => [p, strFromU8(b)]),
  );
  edit(files);
  return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
}

const json = (text: string) => JSON.parse(text) as Array<Record<string, unknown>>;

async function faults(bytes: Uint8Array): Promise<string[]> {
  const reading = await readPack(bytes, knownSite());
  return reading.ok ? [] : reading.problems.map(formatProblem);
}

describe('a source pack', () => {
  it('is laid out as geo/ is, with the passages as Web Annotations and the places in Linked Places Format', () => {
    expect(Object.keys(packFiles(fixturePack()))).toEqual([
      'sources/sources.json',
      'sources/test-wire-2016.txt',
      'places.json',
      'events.json',
      'excerpts.json',
      'claims.json',
      'annotations.jsonld',
      'places.lpf.geojson',
    ]);
  });

  it('comes back identical through export → import → export', async () => {
    const first = writePack(fixturePack());
    const reading = await readPack(first, knownSite());
    if (!reading.ok) throw new Error(reading.problems.map(formatProblem).join('\n'));
    expect(writePack(reading.pack)).toEqual(first);
  });

  it('writes one W3C annotation per passage, with a quote selector, a position selector and its links as bodies', () => {
    const annotations = JSON.parse(strFromU8(packFiles(fixturePack())['annotations.jsonld']!));
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const [first] = annotations.first.items;
    expect(annotations.first.items).toHaveLength(2);
    const [quote, position] = first.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(PACK_TEXT.slice(position.start, position.end)).toBe(quote.exact);
    expect(PACK_TEXT.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
    expect(first.body.map((b: { id: string }) => b.id)).toEqual([
      'places/kandyagash',
      'events/kandyagash-2016-04-27-land-protest',
    ]);
  });

  it('writes its places in Linked Places Format, each name a toponym', () => {
    const lpf = JSON.parse(strFromU8(packFiles(fixturePack())['places.lpf.geojson']!));
    expect(lpf.features[0].names.map((n: { toponym: string }) => n.toponym)).toEqual([
      'Kandyagash',
      'Кандыагаш',
      'Қандыағаш',
      'Qandyaghash',
      'Kandyagach',
    ]);
    expect(lpf.features[0].geometry.coordinates).toEqual([57.4214, 49.4678]);
  });

  it('is read from a zip of its folder as well as from a zip of its files', async () => {
    const files = unzipSync(fixturePackZip());
    const inFolder = zipSync(Object.fromEntries(Object.entries(files).map(([p, b]) => [`my-pack/${p}`, b])));
    expect(await faults(inFolder)).toEqual([]);
  });
});

describe('a bad source pack is refused whole, every fault named by file, record and field', () => {
  it('names a passage off its offsets, and says where its text really stands', async () => {
    const bytes = editedZip((f) => {
      const excerpts = json(f['excerpts.json']!);
      excerpts[1]!.start = (excerpts[1]!.start as number) + 1;
      excerpts[1]!.end = (excerpts[1]!.end as number) + 1;
      f['excerpts.json'] = JSON.stringify(excerpts);
    });
    expect(await faults(bytes)).toEqual([
      expect.stringMatching(
        /^excerpts\.json › tw-aktobe-killed › text: does not match test-wire-2016\.txt at \d+-\d+ \(the text stands at \d+-\d+\)$/,
      ),
    ]);
  });

  it('names a link to nothing', async () => {
    const bytes = editedZip((f) => {
      const claims = json(f['claims.json']!);
      claims[0]!.eventId = 'atlantis-2016';
      f['claims.json'] = JSON.stringify(claims);
    });
    expect(await faults(bytes)).toContain(
      'claims.json › tw-kandyagash-participants › eventId: unknown event id "atlantis-2016"',
    );
  });

  it('names broken JSON by its file', async () => {
    const bytes = editedZip((f) => (f['events.json'] = f['events.json']!.slice(0, 40)));
    expect((await faults(bytes))[0]).toMatch(/^events\.json › \(file\) › \(root\): is not valid JSON/);
  });

  it('names a figure without a passage', async () => {
    const bytes = editedZip((f) => {
      const claims = json(f['claims.json']!);
      delete claims[1]!.excerptId;
      f['claims.json'] = JSON.stringify(claims);
    });
    expect(await faults(bytes)).toContain('claims.json › tw-aktobe-killed-total › excerptId: is missing');
  });

  it('names a text not kept canonical (Windows line ends)', async () => {
    const bytes = editedZip(
      (f) => (f['sources/test-wire-2016.txt'] = f['sources/test-wire-2016.txt']!.replace(/\n/g, '\r\n')),
    );
    expect(await faults(bytes)).toContain(
      "sources/test-wire-2016.txt › (file) › (root): is not kept canonical (Unicode NFC, \\n line ends): passages' offsets would shift when it is",
    );
  });

  it('names a passage marked in another version of the text', async () => {
    const bytes = editedZip((f) => {
      const excerpts = json(f['excerpts.json']!);
      excerpts[0]!.textSha256 = '0'.repeat(64);
      f['excerpts.json'] = JSON.stringify(excerpts);
    });
    expect(await faults(bytes)).toEqual([
      'excerpts.json › tw-kandyagash-protest › textSha256: was marked in another version of the text than the pack holds',
    ]);
  });

  it('names a file that is no zip at all', async () => {
    expect(await faults(strToU8('not a zip'))).toEqual([
      expect.stringMatching(/^\(pack\) › \(file\) › \(root\): is not a zip archive that can be read/),
    ]);
  });
});
