/**
 * The sources and datasets an export cites, as CSL-JSON items, and as BibTeX, RIS and CSL-JSON written by
 * citation.js (a kept citation library), not by hand. Loaded only when a reader asks for them: the library
 * is larger than the rest of the export together.
 */
import type { DatasetInfo, Source, SourceKind } from '../records/schema.ts';
import { separateAuthor } from '../corpus/citation.ts';

/** CSL's item types for the kinds of source (RIS drops a newspaper article's author, so only news is news). */
const CSL_TYPE: Record<SourceKind, string> = {
  'international-news-outlet': 'article-newspaper',
  'ngo-journalism': 'webpage',
  'advocacy-organisation': 'webpage',
  'security-blog': 'post-weblog',
  'content-site': 'webpage',
  'news-agency': 'article-newspaper',
  'official-statement': 'document',
  'court-record': 'legal_case',
  'human-rights-report': 'report',
  'research-report': 'report',
  'social-media-post': 'post',
  other: 'document',
};

export interface CslItem {
  id: string;
  type: string;
  title: string;
  [field: string]: unknown;
}

function dateParts(date: string | null): number[] | null {
  return date === null ? null : date.split('-').map(Number);
}

export async function cslItems(
  sources: readonly Source[],
  datasets: readonly DatasetInfo[],
): Promise<CslItem[]> {
  const { parse: parseName } = await import('@citation-js/name');
  const fromSources = sources.map((s): CslItem => {
    const author = separateAuthor(s);
    const parts = dateParts(s.date);
    return {
      id: s.id,
      type: CSL_TYPE[s.kind],
      title: s.title,
      publisher: s.publisher,
      ...(author && { author: [parseName(author)] }),
      // A date we inferred (the source prints none) is marked as approximate, and the note says why.
      ...(parts && { issued: { 'date-parts': [parts], ...(s.dateNote && { circa: true }) } }),
      ...(s.url && { URL: s.url }),
      ...(s.dateNote && { note: s.dateNote }),
    };
  });
  const fromDatasets = datasets.map((d): CslItem => ({
    id: d.id,
    type: 'dataset',
    title: d.name,
    note: `Imported into Steppe Sources from the file ${d.fileName} (${d.rowsImported} of ${d.rowsRead} ${d.unit}s) on ${d.importedAt.slice(0, 10)}.`,
  }));
  return [...fromSources, ...fromDatasets];
}

/**
 * citation.js cuts RIS values into lines of 70 characters; RIS readers (its own included) join such lines
 * with a space, which splits the word at the cut ("Tri cks"). Our values hold no line breaks, so every line
 * that is not a tag's first is joined back to the line before it.
 */
export function joinCutLines(ris: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}-)(?=.)/g, '');
}

const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
}; // prettier-ignore

/** Text with TeX's special characters escaped, so a brace in a title cannot end its field. */
export const texEscaped = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIAL[c]!);

/** An item's words escaped for TeX; its id and URL stay as they are (they are not typeset as text). */
function escapedForTex(item: CslItem): CslItem {
  const escape = (value: unknown, key: string): unknown => {
    if (key === 'id' || key === 'URL') return value;
    if (typeof value === 'string') return texEscaped(value);
    if (Array.isArray(value)) return value.map((v) => escape(v, ''));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escape(v, k)]));
    return value;
  };
  return escape(item, '') as CslItem;
}

export interface CitationFiles {
  bibtex: string;
  ris: string;
  cslJson: string;
}

export async function citationFiles(items: readonly CslItem[]): Promise<CitationFiles> {
  const [{ Cite, plugins }] = await Promise.all([
    import('@citation-js/core'),
    import('@citation-js/plugin-bibtex'),
    import('@citation-js/plugin-ris'),
  ]);
  // BibTeX in UTF-8 as biber and BibLaTeX read it: the ASCII-only form drops every letter it has no escape
  // for (a dataset's Cyrillic name would vanish). The UTF-8 form escapes nothing, so TeX's special characters
  // are escaped first, in the BibTeX copy only.
  (plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;
  const cite = new Cite(items);
  return {
    bibtex: new Cite(items.map(escapedForTex)).format('bibtex') as string,
    ris: joinCutLines(cite.format('ris') as string),
    cslJson: cite.format('data', { format: 'text' }) as string,
  };
}
