const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 0-99 ("seven", "twenty-one"); null beyond, where sources write digits. */
export function numberInWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 20) return ONES[n]!;
  const ones = n % 10;
  return ones === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${ONES[ones]}`;
}

/**
 * Does `text` state this figure? Digits count as a whole number ("3" is not in "6655"), words
 * case-insensitively ("Eleven"), and a range must appear as written ("6-7").
 */
export function mentionsFigure(text: string, value: number, valueMax?: number): boolean {
  if (valueMax !== undefined)
    return new RegExp(`(?<![\\d,])${value}\\s*[-–]\\s*${valueMax}(?![\\d,])`).test(text);
  const digits = new RegExp(`(?<![\\d,.])${value}(?![\\d,]\\d|\\d)`);
  if (digits.test(text)) return true;
  const word = numberInWords(value);
  return word !== null && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

/** Does `text` hold these words as written, whole words, ignoring case ("Dozens" in "Dozens of protesters")? */
export function mentionsWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
