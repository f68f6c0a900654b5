import { describe, expect, it } from 'vitest';
import { findClashes, settleClashes, withoutCopies } from '../../../src/packs/pack-clashes.ts';
import { addPack, removeSource } from '../../../src/packs/own-sources.ts';
import { EMPTY_PACK } from '../../../src/packs/pack-layout.ts';
import { takenRecords, withOwnSources } from '../../../src/corpus/merge-own-sources.ts';
import { buildIndexes } from '../../../src/corpus/indexes.ts';
import { fixturePack } from '../../fixtures/source-pack.ts';
import { builtData } from '../export/built-data.ts';

describe("the reader's own sources beside the site's", () => {
  const site = builtData();
  const merged = withOwnSources(site, fixturePack());
  const indexes = buildIndexes(merged);

  it('puts the new town on the map with its event', () => {
    const town = merged.places.features.find((f) => f.properties.id === 'kandyagash');
    expect(town?.geometry.coordinates).toEqual([57.4214, 49.4678]);
    expect(indexes.eventsByPlace.get('kandyagash')?.map((e) => e.id)).toEqual([
      'kandyagash-2016-04-27-land-protest',
    ]);
  });

  it("sets the new source's figure beside the articles' for an event already on the map, all contested", () => {
    const killed = indexes.claimsByEvent
      .get('aktobe-2016-06-05-attacks')!
      .filter((c) => c.measure === 'killed-total')
      .map((c) => [c.sourceId, c.value, c.contested]);
    expect(killed).toEqual([
      ['al-jazeera-2016-06-09', 17, true],
      ['test-wire-2016', 25, true],
    ]);
  });

  it('lists the new source among the sources of the event it reports, and its passage under Aktobe', () => {
    const event = indexes.events.find((e) => e.id === 'aktobe-2016-06-05-attacks')!;
    expect(event.sourceIds).toContain('test-wire-2016');
    const aktobe2016 = indexes.placeById.get('aktobe')!.index['2016']!;
    expect(aktobe2016.excerptIds).toContain('tw-aktobe-killed');
    // The site's own entries are not counted again.
    expect(aktobe2016.eventIds).toEqual(
      site.places.features.find((f) => f.properties.id === 'aktobe')!.properties.index['2016']!.eventIds,
    );
  });

  it('leaves the site as it was when there are none', () => {
    expect(withOwnSources(site, EMPTY_PACK)).toBe(site);
  });
});

describe('a pack whose ids are already taken', () => {
  const site = builtData();

  it('leaves out a copy of a record the map has, and calls nothing a clash', () => {
    const aktobe = site.places.features.find((f) => f.properties.id === 'aktobe')!;
    const [lon, lat] = aktobe.geometry.coordinates as [number, number];
    const pack = fixturePack();
    pack.places.push({
      id: 'aktobe',
      names: { en: 'Aktobe', ru: 'Актобе', kk: 'Ақтөбе' },
      variants: [],
      precision: 'city',
      country: 'KZ',
      point: { lon, lat, source: 'a copy' },
    });
    const taken = takenRecords(site, EMPTY_PACK);
    expect(findClashes(pack, taken)).toEqual([]);
    expect(withoutCopies(pack, taken).places.map((p) => p.id)).toEqual(['kandyagash']);
  });

  it('names a different record under a taken id, and renames it and every link to it when the reader says so', () => {
    const pack = fixturePack();
    pack.events[0]!.id = 'aktobe-2016-06-05-attacks';
    pack.excerpts[0]!.eventIds = ['aktobe-2016-06-05-attacks'];
    pack.claims[0]!.eventId = 'aktobe-2016-06-05-attacks';
    const clashes = findClashes(pack, takenRecords(site, EMPTY_PACK));
    expect(clashes).toEqual([
      { kind: 'events', id: 'aktobe-2016-06-05-attacks', renameTo: 'aktobe-2016-06-05-attacks-2' },
    ]);
    const renamed = settleClashes(pack, clashes, () => 'rename');
    expect(renamed.events[0]!.id).toBe('aktobe-2016-06-05-attacks-2');
    expect(renamed.excerpts[0]!.eventIds).toEqual(['aktobe-2016-06-05-attacks-2']);
    expect(renamed.claims[0]!.eventId).toBe('aktobe-2016-06-05-attacks-2');
    // Inside a pack an id names the pack's record: every link the pack has to it follows it.
    expect(renamed.excerpts[1]!.eventIds).toEqual(['aktobe-2016-06-05-attacks-2']);
    const kept = settleClashes(pack, clashes, () => 'keep');
    expect(kept.events).toEqual([]);
  });
});

describe('removing one of the reader’s sources', () => {
  it('takes its text, passages, figures, the events only it reports and the places no passage links', () => {
    const own = addPack(EMPTY_PACK, fixturePack(), new Set());
    const after = removeSource(own, 'test-wire-2016');
    expect(after).toEqual({ ...EMPTY_PACK, texts: new Map() });
  });

  it('renames a text file whose name the site already uses for another text', () => {
    const own = addPack(EMPTY_PACK, fixturePack(), new Set(['test-wire-2016.txt']));
    expect(own.sources[0]!.file).toBe('test-wire-2016-2.txt');
    expect(own.texts.get('test-wire-2016-2.txt')).toContain('Kandyagash');
  });
});
