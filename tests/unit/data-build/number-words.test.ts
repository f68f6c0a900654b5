import { describe, expect, it } from 'vitest';
import { mentionsFigure, mentionsWords, numberInWords } from '../../../src/records/checks/number-words.ts';

describe('finding a figure in a passage', () => {
  it('spells small numbers as the sources do', () => {
    expect(numberInWords(7)).toBe('seven');
    expect(numberInWords(21)).toBe('twenty-one');
    expect(numberInWords(100)).toBeNull();
  });
  it('finds digits only as a whole number', () => {
    expect(mentionsFigure('3 soldiers were killed', 3)).toBe(true);
    expect(mentionsFigure('Military unit 6655', 6)).toBe(false);
    expect(mentionsFigure('a city of 400,000', 400)).toBe(false);
  });
  it('finds words in any case, and ranges as written', () => {
    expect(mentionsFigure('Eleven assailants were killed', 11)).toBe(true);
    expect(mentionsFigure('6-7 people are still wanted', 6, 7)).toBe(true);
    expect(mentionsFigure('6 people are still wanted', 6, 7)).toBe(false);
  });
  it('finds a quantity in words only as whole words', () => {
    expect(mentionsWords('Dozens of protesters', 'dozens')).toBe(true);
    expect(mentionsWords('wounded scores more', 'scores')).toBe(true);
    expect(mentionsWords('he scored', 'score')).toBe(false);
    expect(mentionsWords('a (bracketed) word', '(bracketed)')).toBe(true);
  });
});
