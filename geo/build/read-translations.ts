/**
 * Our words in Russian and Kazakh (geo/translations.json): every event's summary and date note, every source's
 * "who is speaking" and date note, every claim's attribution ("Interior Ministry spokesman Almas
 * Sadubayev") and every oblast's name, in both languages. A record left untranslated, a note translated that the
 * English lacks, or a translation of no record is a problem naming the file, the record and the field.
 */
import {
  translationsFile,
  type ClaimRecord,
  type EventRecord,
  type SourceRecord,
  type Translations,
} from '../../src/data/schema.ts';
import type { Problem } from './problems.ts';
import { readJson } from './read-geo.ts';

const FILE = 'geo/translations.json';
const OBLASTS = 'geo/basemap/oblasts.geojson';
const LANGS = ['ru', 'kk'] as const;

function check(
  kind: 'events' | 'sources',
  records: ReadonlyArray<{ id: string; dateNote?: string | null }>,
  words: Record<string, Record<(typeof LANGS)[number], { dateNote?: string }>>,
  problems: Problem[],
): void {
  const known = new Set(records.map((r) => r.id));
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
  check('events', records.events, parsed.data.events, problems);
  check('sources', records.sources, parsed.data.sources, problems);
  const attributions = new Set(records.claims.map((c) => c.attribution).filter((a) => a !== undefined));
  for (const text of attributions)
    if (!parsed.data.attributions[text])
      problems.push({
        file: FILE,
        record: `attributions."${text}"`,
        field: '(record)',
        message: 'is not translated into Russian and Kazakh',
      });
  for (const text of Object.keys(parsed.data.attributions))
    if (!attributions.has(text))
      problems.push({
        file: FILE,
        record: `attributions."${text}"`,
        field: '(record)',
        message: 'is the attribution of no claim',
      });
  checkOblasts(root, parsed.data.oblasts, problems);
  return parsed.data;
}

/** Every oblast of the basemap named in Russian and Kazakh, and no name for an oblast it does not have. */
function checkOblasts(root: string, names: Translations['oblasts'], problems: Problem[]): void {
  const basemap = readJson(root, OBLASTS, problems) as {
    features?: Array<{ properties?: { name?: string } }>;
  };
  const oblasts = new Set(
    (basemap?.features ?? []).map((f) => f.properties?.name).filter((n) => n !== undefined),
  );
  for (const name of oblasts)
    if (!names[name])
      problems.push({
        file: FILE,
        record: `oblasts."${name}"`,
        field: '(record)',
        message: 'is not named in Russian and Kazakh',
      });
  for (const name of Object.keys(names))
    if (!oblasts.has(name))
      problems.push({
        file: FILE,
        record: `oblasts."${name}"`,
        field: '(record)',
        message: `is no oblast of ${OBLASTS}`,
      });
}
