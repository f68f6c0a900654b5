/**
 * Writes a pack as a .zip laid out as geo/ is: the five record files, the texts under sources/, and the
 * passages and places for other tools. The same pack always gives the same bytes (fixed file order and dates),
 * so export → import → export can be compared byte for byte.
 */
import { zipSync, strToU8 } from 'fflate';
import { ANNOTATIONS_FILE, LINKED_PLACES_FILE, PACK_FILES, type SourcePack } from './pack-layout.ts';
import { webAnnotations } from './web-annotation.ts';
import { linkedPlaces } from './linked-places.ts';

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** The files of a pack by path, in the order they are written. */
export function packFiles(pack: SourcePack): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    [PACK_FILES.sources]: json(pack.sources),
  };
  for (const s of pack.sources) files[`${PACK_FILES.texts}${s.file}`] = strToU8(pack.texts.get(s.file) ?? '');
  files[PACK_FILES.places] = json(pack.places);
  files[PACK_FILES.events] = json(pack.events);
  files[PACK_FILES.excerpts] = json(pack.excerpts);
  files[PACK_FILES.claims] = json(pack.claims);
  files[ANNOTATIONS_FILE] = json(webAnnotations(pack));
  files[LINKED_PLACES_FILE] = json(linkedPlaces(pack.places));
  return files;
}

/** A fixed date for every entry (zip cannot say 1970): the bytes depend on the pack alone. */
const ZIP_DATE = new Date(1980, 0, 1, 12);

export function writePack(pack: SourcePack): Uint8Array {
  return zipSync(packFiles(pack), { level: 6, mtime: ZIP_DATE });
}
