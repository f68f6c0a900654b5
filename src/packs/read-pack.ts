/**
 * Reads a source pack (.zip), written by the page or by hand, and checks it whole with the checks geo/ gets
 * (src/records/checks), linking by id to the site's places and events where it names them. A bad pack is
 * refused whole: every fault is named by file, record and field, and nothing of it is taken.
 */
import { unzipSync } from 'fflate';
import type { KnownRecords } from '../records/checks/check-links.ts';
import type { Problem } from '../records/checks/problems.ts';
import { validateRecords, type RawRecords } from '../records/checks/validate-records.ts';
import { canonicalText, textSha256 } from './canonical-text.ts';
import { PACK_FILES, type SourcePack } from './pack-layout.ts';

export type PackReading = { ok: true; pack: SourcePack } | { ok: false; problems: Problem[] };

const fault = (file: string, message: string, record = '(file)', field = '(root)'): Problem => ({
  file,
  record,
  field,
  message,
});

/** The archive's files by path; a pack zipped with its folder ("my-pack/places.json") loses the folder. */
function unpack(bytes: Uint8Array, problems: Problem[]): Map<string, Uint8Array> | null {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    problems.push(fault('(pack)', `is not a zip archive that can be read: ${(error as Error).message}`));
    return null;
  }
  const paths = Object.keys(entries).filter((p) => !p.endsWith('/') && !p.startsWith('__MACOSX/'));
  const top = paths[0]?.split('/')[0];
  const folder =
    top && paths.every((p) => p.startsWith(`${top}/`)) && !paths.includes(PACK_FILES.sources)
      ? `${top}/`
      : '';
  return new Map(paths.map((p) => [p.slice(folder.length), entries[p]!]));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(path: string, bytes: Uint8Array, problems: Problem[]): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    problems.push(fault(path, 'is not UTF-8 text'));
    return undefined;
  }
}

function records(
  files: Map<string, Uint8Array>,
  path: string,
  required: boolean,
  problems: Problem[],
): unknown {
  const bytes = files.get(path);
  if (!bytes) {
    if (required) problems.push(fault(path, 'file is missing'));
    return required ? undefined : [];
  }
  const words = text(path, bytes, problems);
  if (words === undefined) return undefined;
  try {
    return JSON.parse(words);
  } catch (error) {
    problems.push(fault(path, `is not valid JSON: ${(error as Error).message}`));
    return undefined;
  }
}

function sourceTexts(files: Map<string, Uint8Array>, problems: Problem[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [path, bytes] of files) {
    if (!path.startsWith(PACK_FILES.texts) || !path.endsWith('.txt')) continue;
    const words = text(path, bytes, problems);
    if (words === undefined) continue;
    if (canonicalText(words) !== words)
      problems.push(
        fault(
          path,
          "is not kept canonical (Unicode NFC, \\n line ends): passages' offsets would shift when it is",
        ),
      );
    texts.set(path.slice(PACK_FILES.texts.length), words);
  }
  return texts;
}

/** A passage marked in another text than the one the pack holds: its offsets cannot be trusted. */
async function checkHashes(pack: SourcePack, problems: Problem[]): Promise<void> {
  const fileOf = new Map(pack.sources.map((s) => [s.id, s.file]));
  const hashes = new Map<string, Promise<string>>();
  for (const x of pack.excerpts) {
    const file = fileOf.get(x.sourceId);
    const words = file === undefined ? undefined : pack.texts.get(file);
    if (!x.textSha256 || words === undefined) continue;
    if (!hashes.has(file!)) hashes.set(file!, textSha256(words));
    if ((await hashes.get(file!)) !== x.textSha256)
      problems.push(
        fault(
          PACK_FILES.excerpts,
          'was marked in another version of the text than the pack holds',
          x.id,
          'textSha256',
        ),
      );
  }
}

export async function readPack(bytes: Uint8Array, known: KnownRecords): Promise<PackReading> {
  const problems: Problem[] = [];
  const files = unpack(bytes, problems);
  if (!files) return { ok: false, problems };
  const raw: RawRecords = {
    sources: records(files, PACK_FILES.sources, true, problems),
    places: records(files, PACK_FILES.places, false, problems),
    events: records(files, PACK_FILES.events, false, problems),
    excerpts: records(files, PACK_FILES.excerpts, false, problems),
    claims: records(files, PACK_FILES.claims, false, problems),
    texts: sourceTexts(files, problems),
  };
  const validation = validateRecords(raw, PACK_FILES, known);
  problems.push(...validation.problems);
  await checkHashes(validation.records, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: validation.records };
}
