/**
 * Our words in Russian and Kazakh (geo/translations.json): every event's summary and date note, every source's
 * "who is speaking" and date note, every claim's attribution ("Interior Ministry spokesman Almas
 * Sadubayev") and every oblast's name, in both languages. A record left untranslated, a note translated that the
 * English lacks, or a translation of no record is a problem naming the file, the record and the field. Records
 * published from a source pack may wait for translation on the file's `untranslated` list.
 */
import {
  translationsFile,
  type ClaimRecord,
  type EventRecord,
  type SourceRecord,
  type Translations,
} from '../../src/records/schema.ts';
import type { Problem } from '../../src/records/checks/problems.ts';
import { readJson } from './read-geo.ts';

const FILE = 'geo/translations.json';
const OBLASTS = 'geo/basemap/oblasts.geojson';
const LANGS = ['ru', 'kk'] as const;

function check(
  kind: 'events' | 'sources',
  records: ReadonlyArray<{ id: string; dateNote?: string | null }>,
  words: Record<string, Record<(typeof LANGS)[number], { dateNote?: string }>>,
  untranslated: ReadonlySet<string>,
  problems: Problem[],
): void {
  const known = new Set(records.map((r) => r.id));
  for (const id of untranslated) {
    const message = !known.has(id)
      ? 'is listed as untranslated but is no record'
      : words[id]
        ? 'is translated: take it off the untranslated list'
        : null;
    if (message)
      problems.push({ file: FILE, record: `untranslated.${kind}.${id}`, field: '(record)', message });
  }
  for (const id of Object.keys(words))
    if (!known.has(id))
      problems.push({
        file: FILE,
        record: `${kind}.${id}`,
        field: '(record)',
        message: 'translates no record',
      });
  for (const r of records) {
    const entry = words[r.id];
    if (!entry && untranslated.has(r.id)) continue;
    if (!entry) {
      problems.push({
        file: FILE,
        record: `${kind}.${r.id}`,
        field: '(record)',
        message: 'is not translated into Russian and Kazakh',
      });
      continue;
    }
    for (const lang of LANGS) {
      if (Boolean(r.dateNote) !== Boolean(entry[lang].dateNote))
        problems.push({
          file: FILE,
          record: `${kind}.${r.id}`,
          field: `${lang}.dateNote`,
          message: r.dateNote
            ? 'is missing: the English has a date note'
            : 'translates a date note the English does not have',
        });
    }
  }
}

export function readTranslations(
  root: string,
  records: {
    events: readonly EventRecord[];
    sources: readonly SourceRecord[];
    claims: readonly ClaimRecord[];
  },
  problems: Problem[],
): Translations {
  const parsed = translationsFile.safeParse(readJson(root, FILE, problems));
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20))
      problems.push({
        file: FILE,
        record: issue.path.slice(0, 2).join('.') || '(file)',
        field: issue.path.slice(2).join('.') || '(root)',
        message: issue.message,
      });
    return { events: {}, sources: {}, attributions: {}, oblasts: {} };
  }
  const pending = parsed.data.untranslated ?? { events: [], sources: [], attributions: [] };
  check('events', records.events, parsed.data.events, new Set(pending.events), problems);
  check('sources', records.sources, parsed.data.sources, new Set(pending.sources), problems);
  const untranslatedAttributions = new Set(pending.attributions);
  const attributions = records.claims
    .map((c) => c.attribution)
    .filter((a) => a !== undefined && !untranslatedAttributions.has(a)) as string[];
  checkTable('attributions', parsed.data.attributions, attributions, problems, {
    missing: 'is not translated into Russian and Kazakh',
    stray: 'is the attribution of no claim',
  });
  const basemap = readJson(root, OBLASTS, problems) as {
    features?: Array<{ properties?: { name?: string } }>;
  };
  const oblasts = (basemap?.features ?? []).map((f) => f.properties?.name).filter((n) => n !== undefined);
  checkTable('oblasts', parsed.data.oblasts, oblasts, problems, {
    missing: 'is not named in Russian and Kazakh',
    stray: `is no oblast of ${OBLASTS}`,
  });
  return parsed.data;
}

/**
 * A table of words by their English (whom claims are attributed to, the basemap's oblasts): an entry for
 * every one the data have, and none for one they do not.
 */
function checkTable(
  name: 'attributions' | 'oblasts',
  table: Record<string, unknown>,
  english: readonly string[],
  problems: Problem[],
  says: { missing: string; stray: string },
): void {
  const wanted = new Set(english);
  const problem = (text: string, message: string) =>
    problems.push({ file: FILE, record: `${name}."${text}"`, field: '(record)', message });
  for (const text of wanted) if (!table[text]) problem(text, says.missing);
  for (const text of Object.keys(table)) if (!wanted.has(text)) problem(text, says.stray);
}
