/** A place's name in the interface's language, and its names in the other two (the panel shows them too). */
import type { PlaceProperties } from '../records/schema.ts';
import type { Language } from './languages.ts';

type Names = Pick<PlaceProperties, 'nameEn' | 'nameRu' | 'nameKk'>;

/** The property that holds a name in each language: on places, and on the basemap detail's rivers and towns. */
export const NAME_FIELD: Record<Language, keyof Names> = { en: 'nameEn', ru: 'nameRu', kk: 'nameKk' };

export function placeName(place: Names, lang: Language): string {
  return place[NAME_FIELD[lang]] || place.nameEn;
}

/** The other languages' names, in the order English, Russian, Kazakh. */
export function otherNames(place: Names, lang: Language): Array<{ lang: Language; name: string }> {
  return (['en', 'ru', 'kk'] as const)
    .filter((l) => l !== lang)
    .map((l) => ({ lang: l, name: place[NAME_FIELD[l]] }));
}
