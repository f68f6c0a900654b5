/**
 * One reader's session for a browser test file: the built app served and Chromium launched once per file,
 * every page opened through it closed at the end, and the waits the stories share.
 */
import { afterAll, beforeAll } from 'vitest';
import { mapIdle, openPage, renderedEventIds, startHarness, type Harness, type Watched } from './harness.ts';

type PageOptions = Parameters<typeof openPage>[2];

export interface ReaderSession {
  /** The running harness; only valid inside tests. */
  harness: () => Harness;
  /** Opens the app at `path` (relative to the server, or absolute) and waits for the map's first idle. */
  open: (path?: string, options?: PageOptions) => Promise<Watched>;
}

export function readerSession(): ReaderSession {
  let harness: Harness | undefined;
  const opened: Watched[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    for (const w of opened) await w.context.close();
    await harness?.close();
  });
  const current = (): Harness => {
    if (!harness) throw new Error('the harness starts in beforeAll; use it inside a test');
    return harness;
  };
  return {
    harness: current,
    open: async (path = '', options = {}) => {
      const watched = await openPage(current(), path, options);
      opened.push(watched);
      await mapIdle(watched.page);
      return watched;
    },
  };
}

/** Waits until the drawn events satisfy `check`, letting the map settle between looks. */
export async function drawnEvents(w: Watched, check: (ids: string[]) => boolean): Promise<string[]> {
  let ids: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    await mapIdle(w.page);
    ids = await renderedEventIds(w.page);
    if (check(ids)) return ids;
  }
  return ids;
}

/**
 * Each passage marked in an article, with the text from its first mark to its last: a passage marked line
 * by line still reads whole. Runs in the page, so it names nothing from outside.
 */
export function markedPassages(article: Element, attribute: string): [string, string][] {
  const marks = new Map<string, Element[]>();
  for (const mark of article.querySelectorAll('mark')) {
    const id = mark.getAttribute(attribute)!;
    marks.set(id, [...(marks.get(id) ?? []), mark]);
  }
  return [...marks].map(([id, [first, ...rest]]) => {
    const range = document.createRange();
    range.setStartBefore(first!);
    range.setEndAfter(rest.at(-1) ?? first!);
    return [id, range.toString()];
  });
}
