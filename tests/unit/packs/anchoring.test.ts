import { describe, expect, it } from 'vitest';
import { reanchor, selectPassage, CONTEXT_CHARS } from '../../../src/packs/anchoring.ts';
import { canonicalText, textSha256 } from '../../../src/packs/canonical-text.ts';

const ARTICLE = [
  'Protesters gathered in Zhanaozen on 2 January after the price of liquefied gas doubled.',
  'By 5 January the unrest had reached Almaty, where the city administration building was set on fire.',
  'The government declared a state of emergency and a curfew.',
].join('\n');
const QUOTE = 'the city administration building was set on fire';

function marked(text = ARTICLE, quote = QUOTE) {
  const start = text.indexOf(quote);
  return selectPassage(text, start, start + quote.length, 'f'.repeat(64));
}

describe('a passage marked in an article', () => {
  it('keeps its quote, up to 32 characters either side, and its offsets in UTF-16 code units', () => {
    const p = marked();
    expect(p.text).toBe(QUOTE);
    expect(p.prefix).toBe(ARTICLE.slice(p.start - CONTEXT_CHARS, p.start));
    expect(p.suffix).toBe(ARTICLE.slice(p.end, p.end + CONTEXT_CHARS));
    expect(p.prefix.length).toBe(32);
  });

  it('counts offsets in UTF-16 code units, so an emoji before the passage moves it by two', () => {
    const text = `🔥 ${ARTICLE}`;
    expect(marked(text).start).toBe(marked().start + 3);
  });

  it('is found exactly where it was when the text has not changed', () => {
    const p = marked();
    expect(reanchor(ARTICLE, p)).toEqual({ status: 'exact', start: p.start, end: p.end });
  });

  it('is found moved when a paragraph is inserted before it', () => {
    const p = marked();
    const inserted = 'An added paragraph about the background of the protests.\n';
    const edited = inserted + ARTICLE;
    const found = reanchor(edited, p);
    expect(found).toEqual({
      status: 'moved',
      start: p.start + inserted.length,
      end: p.end + inserted.length,
    });
    expect(edited.slice(p.start + inserted.length, p.end + inserted.length)).toBe(QUOTE);
  });

  it('is found fuzzily, with its score, when a word inside it is changed', () => {
    const p = marked();
    const edited = ARTICLE.replace('set on fire', 'set alight');
    const found = reanchor(edited, p);
    expect(found.status).toBe('fuzzy');
    if (found.status !== 'fuzzy') return;
    expect(found.found).toMatch(/^the city administration building was set al/);
    expect(found.score).toBeGreaterThan(0.75);
    expect(found.score).toBeLessThan(1);
  });

  it('is orphaned, not dropped or guessed, when the passage is deleted', () => {
    const p = marked();
    const edited = ARTICLE.replace(`, where ${QUOTE}`, '');
    expect(reanchor(edited, p)).toEqual({ status: 'orphaned' });
  });

  it('of two copies of its quote, takes the one whose context matches', () => {
    const text = 'Police said two were killed. Later the ministry said two were killed in Almaty.';
    const start = text.lastIndexOf('two were killed');
    const p = selectPassage(text, start, start + 'two were killed'.length, '0'.repeat(64));
    const edited = `Update. ${text}`;
    expect(reanchor(edited, p)).toMatchObject({ status: 'moved', start: start + 'Update. '.length });
  });
});

describe('an article text as kept', () => {
  it('is NFC with \\n line ends and no byte-order mark', () => {
    expect(canonicalText('\uFEFFАлматы\r\nҚала\re\u0301')).toBe('Алматы\nҚала\né');
  });

  it('has the SHA-256 of its UTF-8 bytes', async () => {
    expect(await textSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('SHA-256 without crypto.subtle (a page served over plain HTTP)', () => {
  it("gives the standard's digests, and the browser's for a long Kazakh text", async () => {
    const { sha256Hex } = await import('../../../src/lib/sha256.ts');
    const utf8 = (s: string) => new TextEncoder().encode(s);
    expect(sha256Hex(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    const long = 'Қандыағаш ауданында жиналыс өтті. '.repeat(500);
    expect(sha256Hex(utf8(long))).toBe(await textSha256(long));
  });
});
