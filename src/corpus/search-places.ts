/** Finds places by any of their names: English, Russian, Kazakh, or a variant the sources use. */
import type { PlaceProperties } from '../records/schema.ts';

/** Lowercase, without diacritics or punctuation, so "Nal’chik", "nalchik" and "Nal'chik" meet. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface PlaceMatch {
  place: PlaceProperties;
  /** The name that matched, when it is not the English one ("Semipalatinsk"). */
  matchedName: string | null;
}

export function searchPlaces(places: readonly PlaceProperties[], query: string, limit = 8): PlaceMatch[] {
  const q = normaliseName(query);
  if (q.length === 0) return [];
  const scored: Array<PlaceMatch & { score: number }> = [];
  for (const place of places) {
    const names = [place.nameEn, place.nameRu, place.nameKk, ...place.variants];
    let best: { score: number; name: string } | null = null;
    for (const name of names) {
      const n = normaliseName(name);
      const score = n === q ? 0 : n.startsWith(q) ? 1 : n.includes(q) ? 2 : -1;
      if (score >= 0 && (best === null || score < best.score)) best = { score, name };
    }
    if (best)
      scored.push({ place, matchedName: best.name === place.nameEn ? null : best.name, score: best.score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.place.nameEn.localeCompare(b.place.nameEn))
    .slice(0, limit)
    .map(({ place, matchedName }) => ({ place, matchedName }));
}
