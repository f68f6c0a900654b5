/**
 * Where a selection lies in an article as the page shows it: the article is its text, character for
 * character (marks split it into more text nodes, never change it), so the characters before the selection's
 * start are its offset in UTF-16 code units.
 */
export function selectedOffsets(
  article: Element,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** The typed words' place in the text, the first not yet marked exactly there; null when they are not in it. */
export function foundOffsets(
  text: string,
  words: string,
  marked: ReadonlyArray<{ start: number; end: number }>,
): { start: number; end: number } | null {
  if (words === '') return null;
  let first: number | null = null;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    first ??= at;
    if (!marked.some((m) => m.start === at && m.end === at + words.length))
      return { start: at, end: at + words.length };
  }
  return first === null ? null : { start: first, end: first + words.length };
}
