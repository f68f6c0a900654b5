import type { Excerpt, Source } from '../records/schema.ts';
import { translator } from '../i18n/translator.ts';

/** The author, where one is named and is not the publisher itself (a newsdesk signs as its outlet). */
export function separateAuthor(source: Pick<Source, 'author' | 'publisher'>): string | null {
  return source.author && source.author !== source.publisher ? source.author : null;
}

/**
 * A passage as a reader would paste it into their notes: the source's exact words in quotation marks, then
 * who published it, the title, the date at its precision and, where the text gives one, the URL.
 */
export function citation(excerpt: Pick<Excerpt, 'text'>, source: Source | undefined): string {
  const quote = `“${excerpt.text}”`;
  if (!source) return quote;
  const author = separateAuthor(source);
  const byline = author ? `${author}, ` : '';
  // The citation is written in English, as the sources are, whatever the interface's language.
  const date = translator('en').date(source.date, source.datePrecision);
  const url = source.url ? `, ${source.url}` : '';
  return `${quote} — ${byline}${source.publisher}, “${source.title}”, ${date}${url}.`;
}
