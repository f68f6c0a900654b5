import { describe, expect, it } from 'vitest';
import { articleSegments, linesAndBreaks } from '../../src/panels/reader/article-segments.ts';
import type { Excerpt } from '../../src/records/schema.ts';

const TEXT = 'One. Two three. Four.';
function excerpt(id: string, start: number, end: number, text = TEXT.slice(start, end)): Excerpt {
  return { id, sourceId: 's', start, end, text, placeIds: [], eventIds: [] };
}

describe('an article cut into runs for the reader', () => {
  it('keeps every character, in order, and marks the runs the data quote', () => {
    const segments = articleSegments(TEXT, [excerpt('b', 5, 15)]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments).toEqual([
      { text: 'One. ', excerptIds: [] },
      { text: 'Two three.', excerptIds: ['b'] },
      { text: ' Four.', excerptIds: [] },
    ]);
  });

  it('marks overlapping passages run by run, with every passage that covers each', () => {
    const segments = articleSegments(TEXT, [excerpt('a', 0, 9), excerpt('b', 5, 15)]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.filter((s) => s.excerptIds.length > 0)).toEqual([
      { text: 'One. ', excerptIds: ['a'] },
      { text: 'Two ', excerptIds: ['a', 'b'] },
      { text: 'three.', excerptIds: ['b'] },
    ]);
  });

  it('leaves a passage unmarked when its offsets no longer hold its words', () => {
    const segments = articleSegments(TEXT, [excerpt('moved', 0, 4, 'Four')]);
    expect(segments).toEqual([{ text: TEXT, excerptIds: [] }]);
  });

  it('gives one unmarked run for an article the data never quote, and none for an empty one', () => {
    expect(articleSegments(TEXT, [])).toEqual([{ text: TEXT, excerptIds: [] }]);
    expect(articleSegments('', [])).toEqual([]);
  });
});

describe('a marked run cut at its line breaks', () => {
  it('gives the lines to mark and the breaks between them, every character kept in order', () => {
    const run = 'Another attack in Taraz.\n\nThe attacker blew himself up.';
    const lines = linesAndBreaks(run);
    expect(lines).toEqual([
      { text: 'Another attack in Taraz.', isBreak: false },
      { text: '\n\n', isBreak: true },
      { text: 'The attacker blew himself up.', isBreak: false },
    ]);
    expect(lines.map((l) => l.text).join('')).toBe(run);
  });

  it('keeps a run with no break whole, and a run that starts or ends on a break bare there', () => {
    expect(linesAndBreaks('One line.')).toEqual([{ text: 'One line.', isBreak: false }]);
    expect(linesAndBreaks('\nTail')).toEqual([
      { text: '\n', isBreak: true },
      { text: 'Tail', isBreak: false },
    ]);
    expect(linesAndBreaks('')).toEqual([]);
  });
});
