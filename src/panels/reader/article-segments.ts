/**
 * An article cut into runs of text, each with the passages the data quote from it: the reader marks those
 * runs, so a reader of the whole article sees which of its words the map rests on. Passages may overlap or
 * touch; a passage whose offsets no longer hold its words is left unmarked rather than marking wrong words.
 */
import type { Excerpt } from '../../records/schema.ts';

export interface Segment {
  text: string;
  /** The passages that quote this run; empty where the data quote nothing. */
  excerptIds: string[];
}

/** Whether the article holds the passage at its offsets: a mark anywhere else would misquote it. */
export function holdsPassage(text: string, excerpt: Excerpt): boolean {
  return text.slice(excerpt.start, excerpt.end) === excerpt.text;
}

export function articleSegments(text: string, excerpts: readonly Excerpt[]): Segment[] {
  const quoted = excerpts.filter((x) => x.end > x.start && holdsPassage(text, x));
  const cuts = [...new Set([0, text.length, ...quoted.flatMap((x) => [x.start, x.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const excerptIds = quoted.filter((x) => x.start <= from && x.end >= to).map((x) => x.id);
    const last = segments.at(-1);
    // Runs quoted by the same passages (or by none) stay one run.
    if (last && last.excerptIds.join() === excerptIds.join()) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), excerptIds });
  }
  return segments;
}

export interface Line {
  text: string;
  /** A run of line breaks: shown, never marked, so a passage over two paragraphs marks no blank line. */
  isBreak: boolean;
}

/** A run cut at its line breaks, every character kept in order. */
export function linesAndBreaks(text: string): Line[] {
  return text
    .split(/(\n+)/)
    .filter((piece) => piece !== '')
    .map((piece) => ({ text: piece, isBreak: piece.startsWith('\n') }));
}
