/**
 * A pack's records whose ids are already taken, on the map or among the reader's own sources. A copy of the
 * same record (same names and point, same date and summary…) is simply the same record and is left out of the
 * pack; a different record under the same id is a clash the reader settles: keep the map's (the pack's links
 * then lead to it) or rename the pack's (it and every link to it in the pack take a free id). Nothing is
 * overwritten silently.
 */
import type { RecordKind } from '../records/checks/validate-records.ts';
import type { EventRecord } from '../records/schema.ts';
import { freeId } from './own-sources.ts';
import type { SourcePack } from './pack-layout.ts';

/** What a record is, apart from its id: two records with the same id and the same likeness are one record. */
export type Likeness = ReadonlyMap<string, string>;

/** The ids already taken, by kind, each with its likeness. */
export type TakenRecords = Record<RecordKind, Likeness>;

export interface Clash {
  kind: RecordKind;
  id: string;
  /** The free id the pack's record would take if renamed. */
  renameTo: string;
}

export type Settlement = 'keep' | 'rename';

type PackRecord = SourcePack[RecordKind][number];

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** A place's likeness from its plain fields, as a record or as the map's feature carries them. */
export const placeLikeness = (p: {
  name: string;
  precision: string;
  country: string;
  lon: number;
  lat: number;
}) => JSON.stringify([p.name, p.precision, p.country, round(p.lon), round(p.lat)]);

/** Each kind's likeness: the fields that say which record it is. */
export const LIKENESS: { [K in RecordKind]: (r: SourcePack[K][number]) => string } = {
  sources: (s) => JSON.stringify([s.publisher, s.title, s.date, s.url]),
  places: (p) => placeLikeness({ name: p.names.en, precision: p.precision, country: p.country, ...p.point }),
  events: (e) => eventLikeness(e),
  excerpts: (x) => JSON.stringify([x.sourceId, x.start, x.end, x.text]),
  claims: (c) =>
    JSON.stringify([c.eventId, c.measure, c.value, c.valueText ?? null, c.sourceId, c.excerptId]),
};

/** An event's likeness: its record's fields, which the map's event properties carry too. */
export const eventLikeness = (
  e: Pick<EventRecord, 'kind' | 'date' | 'datePrecision' | 'placeId' | 'summary'>,
) => JSON.stringify([e.kind, e.date, e.datePrecision, e.placeId, e.summary]);

const KINDS: RecordKind[] = ['sources', 'places', 'events', 'excerpts', 'claims'];

/** The ids a set of records holds, by kind, each with its likeness. */
export function takenBy(set: Pick<SourcePack, RecordKind>): TakenRecords {
  const likenesses = <K extends RecordKind>(kind: K): Likeness =>
    new Map((set[kind] as PackRecord[]).map((r) => [r.id, (LIKENESS[kind] as (r: PackRecord) => string)(r)]));
  return {
    sources: likenesses('sources'),
    places: likenesses('places'),
    events: likenesses('events'),
    excerpts: likenesses('excerpts'),
    claims: likenesses('claims'),
  };
}

export function findClashes(pack: SourcePack, taken: TakenRecords): Clash[] {
  const clashes: Clash[] = [];
  for (const kind of KINDS) {
    const likeness = LIKENESS[kind] as (r: PackRecord) => string;
    const inPack = new Set((pack[kind] as PackRecord[]).map((r) => r.id));
    for (const record of pack[kind] as PackRecord[]) {
      const there = taken[kind].get(record.id);
      if (there === undefined || there === likeness(record)) continue;
      clashes.push({
        kind,
        id: record.id,
        renameTo: freeId(record.id, (id) => taken[kind].has(id) || inPack.has(id)),
      });
    }
  }
  return clashes;
}

/** The pack without the records already taken as they are (copies of the same record). */
export function withoutCopies(pack: SourcePack, taken: TakenRecords): SourcePack {
  const copy = <K extends RecordKind>(kind: K, r: SourcePack[K][number]) =>
    taken[kind].get(r.id) === (LIKENESS[kind] as (r: PackRecord) => string)(r);
  return {
    ...pack,
    sources: pack.sources.filter((r) => !copy('sources', r)),
    places: pack.places.filter((r) => !copy('places', r)),
    events: pack.events.filter((r) => !copy('events', r)),
    excerpts: pack.excerpts.filter((r) => !copy('excerpts', r)),
    claims: pack.claims.filter((r) => !copy('claims', r)),
  };
}

/** The pack with every clash settled as the reader chose: kept records left out, renamed ones renamed. */
export function settleClashes(
  pack: SourcePack,
  clashes: readonly Clash[],
  choice: (clash: Clash) => Settlement,
): SourcePack {
  const kept = new Set<string>();
  const renamed: Record<RecordKind, Map<string, string>> = {
    sources: new Map(),
    places: new Map(),
    events: new Map(),
    excerpts: new Map(),
    claims: new Map(),
  };
  for (const c of clashes) {
    if (choice(c) === 'keep') kept.add(`${c.kind}:${c.id}`);
    else renamed[c.kind].set(c.id, c.renameTo);
  }
  const to = (kind: RecordKind) => (id: string) => renamed[kind].get(id) ?? id;
  const [source, place, event, excerpt, claim] = KINDS.map(to) as Array<(id: string) => string>;
  const stays = (kind: RecordKind) => (r: { id: string }) => !kept.has(`${kind}:${r.id}`);
  return {
    texts: pack.texts,
    sources: pack.sources.filter(stays('sources')).map((s) => ({ ...s, id: source!(s.id) })),
    places: pack.places.filter(stays('places')).map((p) => ({ ...p, id: place!(p.id) })),
    events: pack.events.filter(stays('events')).map((e) => ({
      ...e,
      id: event!(e.id),
      placeId: place!(e.placeId),
      sourceIds: e.sourceIds.map(source!),
    })),
    excerpts: pack.excerpts.filter(stays('excerpts')).map((x) => ({
      ...x,
      id: excerpt!(x.id),
      sourceId: source!(x.sourceId),
      placeIds: x.placeIds.map(place!),
      eventIds: x.eventIds.map(event!),
    })),
    claims: pack.claims.filter(stays('claims')).map((c) => ({
      ...c,
      id: claim!(c.id),
      eventId: event!(c.eventId),
      sourceId: source!(c.sourceId),
      excerptId: excerpt!(c.excerptId),
    })),
  };
}
