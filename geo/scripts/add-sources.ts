/**
 * `npm run add-sources -- PACK.zip [--rename | --keep]`: publishes a source pack (written by the page's Export,
 * or by hand) into geo/, so `npm run geo` checks it as it checks the five articles and the built site shows
 * it to everyone. The pack is checked whole first, with the page's own checks; any fault stops it with file ›
 * record › field named, and nothing is written. A pack record under an id geo/ already gives to a different
 * record stops it too, unless told to rename the pack's records (--rename) or keep geo/'s (--keep).
 * Its events and sources are listed in geo/translations.json as untranslated until someone translates them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { readPack } from '../../src/packs/read-pack.ts';
import { findClashes, settleClashes, takenBy, withoutCopies } from '../../src/packs/pack-clashes.ts';
import { addPack, withReporters } from '../../src/packs/own-sources.ts';
import type { SourcePack } from '../../src/packs/pack-layout.ts';
import { formatProblem } from '../../src/records/checks/problems.ts';
import type { Translations } from '../../src/records/schema.ts';
import { readGeo } from '../pipeline/read-geo.ts';
import { validateGeo } from '../pipeline/checks/validate.ts';
import { FILES, type GeoRecords } from '../pipeline/geo-files.ts';

export type AddSourcesResult = { ok: true; added: SourcePack } | { ok: false; problems: string[] };

/** geo/'s records with the pack's added (its texts renamed where geo/ has the name), geo/'s events it reports listing it. */
function joined(geo: GeoRecords, pack: SourcePack): GeoRecords {
  const all = addPack(geo, pack, new Set());
  return { ...all, events: withReporters(all.events, pack.excerpts) };
}

function untranslated(translations: Translations, pack: SourcePack): Translations {
  const had = translations.untranslated ?? { events: [], sources: [], attributions: [] };
  const add = (list: string[], more: string[], done: Record<string, unknown>) => [
    ...new Set([...list, ...more.filter((x) => !done[x])]),
  ];
  return {
    ...translations,
    untranslated: {
      events: add(
        had.events,
        pack.events.map((e) => e.id),
        translations.events,
      ),
      sources: add(
        had.sources,
        pack.sources.map((s) => s.id),
        translations.sources,
      ),
      attributions: add(
        had.attributions,
        pack.claims.map((c) => c.attribution).filter((a): a is string => a !== undefined),
        translations.attributions,
      ),
    },
  };
}

export async function addSources(
  root: string,
  bytes: Uint8Array,
  clashes: 'refuse' | 'rename' | 'keep' = 'refuse',
): Promise<AddSourcesResult> {
  const { raw, problems: readProblems } = readGeo(root);
  const geo = validateGeo(raw);
  if (readProblems.length + geo.problems.length > 0)
    return {
      ok: false,
      problems: [
        'geo/ has faults of its own: run npm run geo',
        ...[...readProblems, ...geo.problems].map(formatProblem),
      ],
    };
  const known = {
    placeIds: new Set(geo.records.places.map((p) => p.id)),
    events: new Map(geo.records.events.map((e) => [e.id, e])),
  };
  const reading = await readPack(bytes, known);
  if (!reading.ok) return { ok: false, problems: reading.problems.map(formatProblem) };
  const ids = takenBy(geo.records);
  const pack = withoutCopies(reading.pack, ids);
  const found = findClashes(pack, ids);
  if (found.length > 0 && clashes === 'refuse')
    return {
      ok: false,
      problems: found.map(
        (c) =>
          `${c.kind} › ${c.id}: geo/ already has a different record with this id (--rename makes it ${c.renameTo}, --keep keeps geo/'s)`,
      ),
    };
  const settled = settleClashes(pack, found, () => (clashes === 'keep' ? 'keep' : 'rename'));
  const records = joined(geo.records, settled);
  const check = validateGeo({ ...records, countries: raw.countries });
  if (check.problems.length > 0) return { ok: false, problems: check.problems.map(formatProblem) };

  // Written as the repository's formatter would (its settings, objects kept one field a line), so the
  // change reads as the added records only and `prettier --check` holds.
  const json = async (file: string, value: unknown) =>
    format(JSON.stringify(value, null, 2), { ...(await resolveConfig(file)), filepath: file });
  // geo/'s records are written back as they were read (their fields in their order), the pack's after them.
  const written = joined({ ...(raw as unknown as GeoRecords), texts: raw.texts }, settled);
  for (const key of ['sources', 'places', 'events', 'excerpts', 'claims'] as const) {
    const file = join(root, FILES[key]);
    writeFileSync(file, await json(file, written[key]));
  }
  for (const s of records.sources.slice(geo.records.sources.length))
    writeFileSync(join(root, 'geo/sources', s.file), records.texts.get(s.file)!);
  const translationsPath = join(root, 'geo/translations.json');
  const translations = JSON.parse(readFileSync(translationsPath, 'utf8')) as Translations;
  writeFileSync(translationsPath, await json(translationsPath, untranslated(translations, settled)));
  return { ok: true, added: settled };
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { rename: { type: 'boolean' }, keep: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (!file || (values.rename && values.keep)) {
    console.error('usage: npm run add-sources -- PACK.zip [--rename | --keep]');
    process.exit(2);
  }
  const result = await addSources(
    process.cwd(),
    readFileSync(file),
    values.rename ? 'rename' : values.keep ? 'keep' : 'refuse',
  );
  if (!result.ok) {
    console.error(`add-sources: ${file} was not added:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  const { sources, places, events, excerpts, claims } = result.added;
  console.log(
    `add-sources: ${sources.length} sources, ${places.length} places, ${events.length} events, ${excerpts.length} excerpts, ${claims.length} claims written into geo/; run npm run geo to build them`,
  );
}

if (process.argv[1]?.endsWith('add-sources.ts')) void main(process.argv.slice(2));
