/**
 * The reader's own sources: one record set, kept in this browser, that packs are added to and sources are
 * removed from. Pure; the data store keeps it and the pack store saves it.
 */
import type { SourcePack } from './pack-layout.ts';

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** A text file name the set does not use yet ("reuters-2022-01-05.txt", else "…-2.txt"). */
export const freeFileName = (stem: string, taken: ReadonlySet<string>): string =>
  `${freeId(stem, (s) => taken.has(`${s}.txt`))}.txt`;

/**
 * The events with the sources of the passages that report them added to their sources: an event a new source
 * reports lists it, so switching the source off or on counts it right. An event no new source reports is the
 * same object.
 */
export function withReporters<E extends { id: string; sourceIds: string[] }>(
  events: readonly E[],
  excerpts: SourcePack['excerpts'],
): E[] {
  const reporters = new Map<string, Set<string>>();
  for (const x of excerpts)
    for (const id of x.eventIds) reporters.set(id, (reporters.get(id) ?? new Set()).add(x.sourceId));
  return events.map((e) => {
    const more = [...(reporters.get(e.id) ?? [])].filter((id) => !e.sourceIds.includes(id));
    return more.length > 0 ? { ...e, sourceIds: [...e.sourceIds, ...more] } : e;
  });
}

/**
 * The set with the pack added. A text file whose name the set or the site already uses for another text is
 * renamed (a file name is not a record's identity); ids were settled before (pack-clashes.ts).
 */
export function addPack(own: SourcePack, pack: SourcePack, takenFiles: ReadonlySet<string>): SourcePack {
  const files = new Set([...takenFiles, ...own.texts.keys()]);
  const texts = new Map(own.texts);
  const sources = pack.sources.map((s) => {
    const words = pack.texts.get(s.file) ?? '';
    const file =
      files.has(s.file) && texts.get(s.file) !== words
        ? freeFileName(s.file.replace(/\.txt$/, ''), files)
        : s.file;
    files.add(file);
    texts.set(file, words);
    return { ...s, file };
  });
  return {
    sources: [...own.sources, ...sources],
    places: [...own.places, ...pack.places],
    events: [...own.events, ...pack.events],
    excerpts: [...own.excerpts, ...pack.excerpts],
    claims: [...own.claims, ...pack.claims],
    texts,
  };
}

/**
 * The set without a source and what only it holds up: its text, its passages and the figures citing them, the
 * events no other source reports and the places no passage links any more.
 */
export function removeSource(own: SourcePack, sourceId: string): SourcePack {
  const source = own.sources.find((s) => s.id === sourceId);
  if (!source) return own;
  const excerpts = own.excerpts.filter((x) => x.sourceId !== sourceId);
  const events = own.events
    .map((e) => ({ ...e, sourceIds: e.sourceIds.filter((id) => id !== sourceId) }))
    .filter((e) => e.sourceIds.length > 0);
  const eventIds = new Set(events.map((e) => e.id));
  const linkedPlaces = new Set(excerpts.flatMap((x) => x.placeIds));
  const texts = new Map(own.texts);
  texts.delete(source.file);
  return {
    sources: own.sources.filter((s) => s.id !== sourceId),
    places: own.places.filter((p) => linkedPlaces.has(p.id)),
    events,
    excerpts: excerpts.map((x) => ({
      ...x,
      eventIds: x.eventIds.filter((id) => eventIds.has(id) || !own.events.some((e) => e.id === id)),
    })),
    claims: own.claims.filter(
      (c) =>
        c.sourceId !== sourceId && (eventIds.has(c.eventId) || !own.events.some((e) => e.id === c.eventId)),
    ),
    texts,
  };
}
