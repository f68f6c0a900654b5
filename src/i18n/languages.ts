/**
 * The interface's languages and how one is chosen: `?lang=` (or the header's switch, which writes it), else
 * the first of the browser's preferred languages we have, else English.
 */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words, as the switch offers it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** `?lang=ru`, `RU` or `ru-KZ` all mean Russian; anything else means no choice. */
export function parseLanguage(value: string | null | undefined): Language | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const language = parseLanguage(tag);
    if (language) return language;
  }
  return 'en';
}
