import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation, separateAuthor } from '../../../src/corpus/citation.ts';
import { excerptRecord, sourceRecord } from '../../../src/records/schema.ts';
import { ROOT } from './geo-fixture.ts';

const seeds = join(ROOT, '../shared/seeds');
const sources = sourceRecord
  .array()
  .parse(JSON.parse(readFileSync(join(ROOT, 'geo/sources/sources.json'), 'utf8')));
const excerpts = excerptRecord
  .array()
  .parse(JSON.parse(readFileSync(join(ROOT, 'geo/excerpts.json'), 'utf8')));
const textOf = (sourceId: string) =>
  readFileSync(join(ROOT, 'geo/sources', sources.find((s) => s.id === sourceId)!.file), 'utf8');

describe('the source texts', () => {
  it.runIf(existsSync(seeds))('are byte-identical to ../shared/seeds', () => {
    const ours = readdirSync(join(ROOT, 'geo/sources'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const theirs = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(ours).toEqual(theirs);
    for (const file of theirs) {
      expect(
        readFileSync(join(ROOT, 'geo/sources', file)).equals(readFileSync(join(seeds, file))),
        file,
      ).toBe(true);
    }
  });

  it('each have a metadata record with publisher, date precision and kind', () => {
    expect(sources.map((s) => s.file).sort()).toEqual(
      readdirSync(join(ROOT, 'geo/sources'))
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    expect(sources.find((s) => s.id === 'iwpr-2011-11-28')).toMatchObject({
      date: '2011-11-28',
      datePrecision: 'day',
      author: 'Meruert Sarsebai',
      url: 'https://www.refworld.org/docid/4ed4c9f82.html',
      kind: 'ngo-journalism',
    });
    expect(sources.find((s) => s.file.startsWith('002'))?.kind).toBe('advocacy-organisation');
  });

  it('give each title and named author exactly as the text prints them', () => {
    for (const s of sources) {
      expect(textOf(s.id), s.id).toContain(s.title);
      if (s.author !== null) expect(textOf(s.id), s.id).toContain(s.author);
    }
  });
});

describe('every excerpt', () => {
  it.each(excerpts.map((x) => [x.id, x] as const))(
    '%s is the exact text of its source at its offsets',
    (_id, x) => {
      expect(textOf(x.sourceId).slice(x.start, x.end)).toBe(x.text);
    },
  );
});

describe('a copied citation', () => {
  const sourceOf = (id: string) => sources.find((s) => s.id === id);
  it('quotes the passage exactly, then names author, publisher, title, date and URL', () => {
    const x = excerpts.find((e) => e.sourceId === 'iwpr-2011-11-28')!;
    expect(citation(x, sourceOf(x.sourceId))).toBe(
      `“${x.text}” — Meruert Sarsebai, Institute for War and Peace Reporting (via UNHCR Refworld), ` +
        '“Kazakstan Faces Up to Terror Threat”, 28 November 2011, https://www.refworld.org/docid/4ed4c9f82.html.',
    );
  });
  it('gives the date no more precisely than the source and names a newsdesk once', () => {
    const x = excerpts.find((e) => e.sourceId === 'armedpolitics-2016')!;
    expect(citation(x, sourceOf(x.sourceId))).toBe(
      `“${x.text}” — ArmedPolitics Newsdesk, “Kazakhstan is shocked by terrorist attacks”, June 2016.`,
    );
  });
  it('names an author apart from the publisher only when they differ', () => {
    expect(separateAuthor(sourceOf('armedpolitics-2016')!)).toBeNull();
    expect(separateAuthor(sourceOf('hizb-ut-tahrir-2016')!)).toBe('Eldar Khamzin');
    expect(separateAuthor(sourceOf('al-jazeera-2016-06-09')!)).toBeNull();
  });
  it('is the bare quotation when the source record is missing', () => {
    expect(citation({ text: 'words' }, undefined)).toBe('“words”');
  });
});
