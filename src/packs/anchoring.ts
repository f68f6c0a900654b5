/**
 * A passage as W3C Web Annotation selects it, and found again in a text that has changed since. The
 * approach is Hypothesis's: the quote with its context (TextQuoteSelector) and its offsets
 * (TextPositionSelector); the offsets are tried first, then the quote exactly, then approximately (Myers'
 * bit-parallel search, approx-string-match), each candidate scored by the quote, its context and its
 * distance from where it was. A passage that cannot be placed is orphaned and listed, never dropped.
 */
import search from 'approx-string-match';

/** Characters of context kept either side of a passage. */
export const CONTEXT_CHARS = 32;

export interface PassageSelectors {
  /** The passage's exact characters. */
  text: string;
  prefix: string;
  suffix: string;
  /** UTF-16 code units from the start of the text. */
  start: number;
  end: number;
  textSha256: string;
}

export function selectPassage(text: string, start: number, end: number, sha256: string): PassageSelectors {
  return {
    text: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
    textSha256: sha256,
  };
}

export type Anchoring =
  | { status: 'exact'; start: number; end: number }
  | { status: 'moved'; start: number; end: number }
  /** `score`: how alike the text found is to the quote, 0 to 1 (1 − edits ÷ the quote's length). */
  | { status: 'fuzzy'; start: number; end: number; score: number; found: string }
  | { status: 'orphaned' };

/** Below this likeness a quote is not taken to be found: a quarter of its characters changed. */
const MIN_SCORE = 0.75;

/** How alike two strings are, 0 to 1, by their edit distance (the shorter one searched in the longer). */
function likeness(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Quote first, then context, then nearness to the old offsets (as Hypothesis weighs them). */
function score(text: string, passage: PassageSelectors, c: Candidate): number {
  const quote = 1 - c.errors / Math.max(1, passage.text.length);
  const prefix = likeness(passage.prefix, text.slice(Math.max(0, c.start - passage.prefix.length), c.start));
  const suffix = likeness(passage.suffix, text.slice(c.end, c.end + passage.suffix.length));
  const near = 1 - Math.min(1, Math.abs(c.start - passage.start) / Math.max(1, text.length));
  return (50 * quote + 20 * prefix + 20 * suffix + 2 * near) / 92;
}

function best(text: string, passage: PassageSelectors, candidates: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  let topScore = -1;
  for (const c of candidates) {
    const s = score(text, passage, c);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return top;
}

function exactMatches(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    found.push({ start: at, end: at + quote.length, errors: 0 });
  return found;
}

export function reanchor(text: string, passage: PassageSelectors): Anchoring {
  const { start, end } = passage;
  if (text.slice(start, end) === passage.text) return { status: 'exact', start, end };
  const exact = best(text, passage, exactMatches(text, passage.text));
  if (exact) return { status: 'moved', start: exact.start, end: exact.end };
  const maxErrors = Math.floor(passage.text.length * (1 - MIN_SCORE));
  const near = best(text, passage, search(text, passage.text, maxErrors));
  if (!near) return { status: 'orphaned' };
  return {
    status: 'fuzzy',
    start: near.start,
    end: near.end,
    score: Math.round((1 - near.errors / passage.text.length) * 1000) / 1000,
    found: text.slice(near.start, near.end),
  };
}
