/**
 * What a reader does to their own sources, as pure changes of the set: an article added, a passage marked,
 * a place or an event linked to it, a figure cited from it, the text edited (every passage found again, or
 * listed as orphaned). Ids are made from what the reader typed and never reuse one the site or the set holds.
 */
import type { ClaimRecord, EventRecord, PlaceRecord, SourceRecord } from '../records/schema.ts';
import { reanchor, selectPassage, type Anchoring } from './anchoring.ts';
import { canonicalText } from './canonical-text.ts';
import { freeFileName, freeId } from './own-sources.ts';
import type { SourcePack } from './pack-layout.ts';

/** Russian and Kazakh letters in Latin, for ids only (the records keep every name as written). */
const LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  і: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
}; // prettier-ignore

/** A slug from words ("Reuters, 5 January 2022" → "reuters-5-january-2022", "Азаттык" → "azattyk"), never empty. */
export function slugOf(words: string, fallback: string): string {
  const slug = words
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => LATIN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || fallback;
}

export type ArticleFields = Omit<SourceRecord, 'id' | 'file'>;

export function addArticle(
  own: SourcePack,
  fields: ArticleFields,
  text: string,
  takenIds: ReadonlySet<string>,
  takenFiles: ReadonlySet<string>,
): { own: SourcePack; source: SourceRecord } {
  const id = freeId(
    slugOf(`${fields.publisher} ${fields.date ?? ''}`, 'source'),
    (x) => takenIds.has(x) || own.sources.some((s) => s.id === x),
  );
  const file = freeFileName(id, new Set([...takenFiles, ...own.texts.keys()]));
  const source: SourceRecord = { id, file, ...fields };
  return {
    own: {
      ...own,
      sources: [...own.sources, source],
      texts: new Map(own.texts).set(file, canonicalText(text)),
    },
    source,
  };
}

/** The article's fields changed (its id, file and text stay). */
export function editArticleDetails(own: SourcePack, sourceId: string, fields: ArticleFields): SourcePack {
  return { ...own, sources: own.sources.map((s) => (s.id === sourceId ? { ...s, ...fields } : s)) };
}

export function markPassage(
  own: SourcePack,
  sourceId: string,
  start: number,
  end: number,
  textSha256: string,
  takenIds: ReadonlySet<string>,
): { own: SourcePack; excerptId: string } {
  const source = own.sources.find((s) => s.id === sourceId)!;
  const text = own.texts.get(source.file)!;
  const passage = selectPassage(text, start, end, textSha256);
  const number = own.excerpts.filter((x) => x.sourceId === sourceId).length + 1;
  const id = freeId(
    `${sourceId}-passage-${number}`,
    (x) => takenIds.has(x) || own.excerpts.some((e) => e.id === x),
  );
  return {
    own: {
      ...own,
      excerpts: [
        ...own.excerpts,
        {
          id,
          sourceId,
          start,
          end,
          text: passage.text,
          placeIds: [],
          eventIds: [],
          prefix: passage.prefix,
          suffix: passage.suffix,
          textSha256,
        },
      ],
    },
    excerptId: id,
  };
}

/** Links a passage to a place (the place added to the set when it is new to the map). */
export function linkPlace(
  own: SourcePack,
  excerptId: string,
  placeId: string,
  newPlace?: PlaceRecord,
): SourcePack {
  return {
    ...own,
    places:
      newPlace && !own.places.some((p) => p.id === newPlace.id) ? [...own.places, newPlace] : own.places,
    excerpts: own.excerpts.map((x) =>
      x.id === excerptId && !x.placeIds.includes(placeId) ? { ...x, placeIds: [...x.placeIds, placeId] } : x,
    ),
  };
}

/**
 * Links a passage to an event: the map's, or one of the set's (which then lists the passage's source), or a
 * new one. The event's place is linked too: a passage reporting an event speaks of its place.
 */
export function linkEvent(
  own: SourcePack,
  excerptId: string,
  event: Pick<EventRecord, 'id' | 'placeId'>,
  newEvent?: EventRecord,
): SourcePack {
  const excerpt = own.excerpts.find((x) => x.id === excerptId)!;
  const events = newEvent ? [...own.events, newEvent] : own.events;
  const linked = linkPlace(own, excerptId, event.placeId);
  return {
    ...linked,
    events: events.map((e) =>
      e.id === event.id && !e.sourceIds.includes(excerpt.sourceId)
        ? { ...e, sourceIds: [...e.sourceIds, excerpt.sourceId] }
        : e,
    ),
    excerpts: linked.excerpts.map((x) =>
      x.id === excerptId && !x.eventIds.includes(event.id)
        ? { ...x, eventIds: [...x.eventIds, event.id] }
        : x,
    ),
  };
}

export function addFigure(own: SourcePack, claim: ClaimRecord): SourcePack {
  return { ...own, claims: [...own.claims, claim] };
}

export function unmarkPassage(own: SourcePack, excerptId: string): SourcePack {
  return {
    ...own,
    excerpts: own.excerpts.filter((x) => x.id !== excerptId),
    claims: own.claims.filter((c) => c.excerptId !== excerptId),
  };
}

export interface Reanchored {
  excerptId: string;
  quote: string;
  anchoring: Anchoring;
}

/**
 * The article's text replaced, and every passage of it found again in the new text: exact, moved, fuzzy
 * (taking the words now there) or orphaned. An orphan keeps its old quote and offsets, so it is listed (and
 * refused by the checks) until the reader marks it again or removes it; nothing is dropped silently.
 */
export function editArticleText(
  own: SourcePack,
  sourceId: string,
  newText: string,
  textSha256: string,
): { own: SourcePack; report: Reanchored[] } {
  const source = own.sources.find((s) => s.id === sourceId)!;
  const oldText = own.texts.get(source.file)!;
  const text = canonicalText(newText);
  const report: Reanchored[] = [];
  const excerpts = own.excerpts.map((x) => {
    if (x.sourceId !== sourceId) return x;
    const anchoring = reanchor(text, selectPassage(oldText, x.start, x.end, x.textSha256 ?? ''));
    report.push({ excerptId: x.id, quote: x.text, anchoring });
    if (anchoring.status === 'orphaned') return x;
    const passage = selectPassage(text, anchoring.start, anchoring.end, textSha256);
    return {
      ...x,
      start: passage.start,
      end: passage.end,
      text: passage.text,
      prefix: passage.prefix,
      suffix: passage.suffix,
      textSha256,
    };
  });
  return { own: { ...own, excerpts, texts: new Map(own.texts).set(source.file, text) }, report };
}
