import { describe, expect, it } from 'vitest';
import {
  addArticle,
  editArticleText,
  linkEvent,
  linkPlace,
  markPassage,
  slugOf,
} from '../../../src/packs/authoring.ts';
import { EMPTY_PACK } from '../../../src/packs/pack-layout.ts';
import { validateRecords } from '../../../src/records/checks/validate-records.ts';
import { PACK_FILES } from '../../../src/packs/pack-layout.ts';
import { figureFaults, fieldFaults } from '../../../src/packs/field-faults.ts';
import { sourceRecord } from '../../../src/records/schema.ts';
import { knownSite } from './known-site.ts';

const TEXT = 'First paragraph.\r\n\r\nThe police detained 12 people in Aktobe on 5 June.\r\n';
const FIELDS = {
  title: 'Detentions in Aktobe',
  publisher: 'Test Agency',
  author: null,
  date: '2016-06-06',
  datePrecision: 'day' as const,
  url: null,
  kind: 'news-agency' as const,
  speaker: 'A made-up report for the tests.',
  language: 'en',
};

function written() {
  const { own, source } = addArticle(EMPTY_PACK, FIELDS, TEXT, new Set(), new Set());
  const text = own.texts.get(source.file)!;
  const quote = 'The police detained 12 people in Aktobe';
  const start = text.indexOf(quote);
  const marked = markPassage(own, source.id, start, start + quote.length, 'a'.repeat(64), new Set());
  return { own: marked.own, source, excerptId: marked.excerptId, text };
}

describe('an article written in the page', () => {
  it('is kept canonical (\\n line ends) under an id made from its publisher and date', () => {
    const { own, source } = written();
    expect(source.id).toBe('test-agency-2016-06-06');
    expect(own.texts.get(source.file)).toBe(
      'First paragraph.\n\nThe police detained 12 people in Aktobe on 5 June.\n',
    );
  });

  it('takes a free id when the site already has its source id', () => {
    const { source } = addArticle(EMPTY_PACK, FIELDS, TEXT, new Set(['test-agency-2016-06-06']), new Set());
    expect(source.id).toBe('test-agency-2016-06-06-2');
  });

  it('keeps a marked passage with its quote, context, offsets and the text it was marked in', () => {
    const { own, excerptId, text } = written();
    const x = own.excerpts.find((e) => e.id === excerptId)!;
    expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(x.prefix).toBe('First paragraph.\n\n');
    expect(x.suffix).toBe(' on 5 June.\n');
    expect(x.textSha256).toBe('a'.repeat(64));
  });

  it("passes geo/'s checks once its passage reports one of the map's events at its place", () => {
    const { own, excerptId } = written();
    const linked = linkEvent(linkPlace(own, excerptId, 'aktobe'), excerptId, {
      id: 'aktobe-2016-06-05-attacks',
      placeId: 'aktobe',
    });
    expect(validateRecords(linked, PACK_FILES, knownSite()).problems).toEqual([]);
  });

  it('finds its passage again after an edit, and lists it as orphaned when its words are gone', () => {
    const { own, source } = written();
    const moved = editArticleText(own, source.id, `A new first line.\n${TEXT}`, 'b'.repeat(64));
    expect(moved.report.map((r) => r.anchoring.status)).toEqual(['moved']);
    const x = moved.own.excerpts[0]!;
    expect(moved.own.texts.get(source.file)!.slice(x.start, x.end)).toBe(x.text);
    expect(x.textSha256).toBe('b'.repeat(64));

    const changed = editArticleText(own, source.id, TEXT.replace('detained', 'arrested'), 'c'.repeat(64));
    expect(changed.report[0]!.anchoring).toMatchObject({ status: 'fuzzy' });
    expect(changed.own.excerpts[0]!.text).toBe('The police arrested 12 people in Aktobe');

    const gone = editArticleText(own, source.id, 'First paragraph.\n', 'd'.repeat(64));
    expect(gone.report.map((r) => r.anchoring.status)).toEqual(['orphaned']);
    // Kept with its old words, so the checks name it until it is marked again or removed.
    expect(gone.own.excerpts).toHaveLength(1);
    expect(validateRecords(gone.own, PACK_FILES, knownSite()).problems.map((p) => p.field)).toContain('text');
  });
});

describe('the faults a reader is told, field by field', () => {
  it('names each missing field and a date that does not fit its precision', () => {
    const faults = fieldFaults(sourceRecord, {
      ...FIELDS,
      id: 'x',
      file: 'x.txt',
      title: '',
      date: '2016-06',
    });
    expect(faults.title?.key).toBe('form.required');
    expect(faults.date).toEqual({ key: 'form.badDate', values: { form: 'YYYY-MM-DD' } });
  });

  it('refuses a figure without a passage, and one with neither a number nor words', () => {
    expect(figureFaults({ value: null }).excerptId?.key).toBe('form.needsPassage');
    expect(figureFaults({ value: null, excerptId: 'x' }).value?.key).toBe('form.valueOrWords');
    expect(figureFaults({ value: 6, valueMax: 5, excerptId: 'x' }).valueMax?.key).toBe('form.maxAboveValue');
  });

  it('makes ids from Latin or Cyrillic words, and a fallback from words in neither', () => {
    expect(slugOf('Reuters, 5 January 2022', 'x')).toBe('reuters-5-january-2022');
    expect(slugOf('Қазақстан', 'source')).toBe('kazakstan');
    expect(slugOf('Азаттык 2022-01-05', 'source')).toBe('azattyk-2022-01-05');
    expect(slugOf('新闻', 'source')).toBe('source');
  });
});
