/**
 * Our own words about an event or a source (summary, date note, who is speaking) in the interface's language,
 * with the language they are in: a translation missing keeps its English. An imported event's date note is
 * a coded message (message.ts), said in the reader's language.
 */
import type { EventProperties, Source, Translations } from '../records/schema.ts';
import type { Language } from './languages.ts';
import { readNote } from './message.ts';
import { translator } from './translator.ts';

export interface Words {
  text: string;
  lang: Language;
}

/** One of our texts in `lang` where we have written it there, else in English as it stands in the data. */
function inLanguage(own: string | undefined, english: string, lang: Language): Words {
  return own ? { text: own, lang } : { text: english, lang: 'en' };
}

/** A record's entry in one of the translations' tables, in `lang` (none in English: the data are English). */
function entryIn<T>(
  table: Record<string, Record<'ru' | 'kk', T>>,
  key: string,
  lang: Language,
): T | undefined {
  return lang === 'en' ? undefined : table[key]?.[lang];
}

export function eventWords(
  translations: Translations,
  lang: Language,
  event: Pick<EventProperties, 'id' | 'summary' | 'dateNote'>,
): { summary: Words; dateNote: Words | null } {
  const own = entryIn(translations.events, event.id, lang);
  return {
    summary: inLanguage(own?.summary, event.summary, lang),
    dateNote: !event.dateNote
      ? null
      : typeof readNote(event.dateNote) !== 'string'
        ? { text: translator(lang).note(event.dateNote), lang }
        : inLanguage(own?.dateNote, event.dateNote, lang),
  };
}

/** Whom a source attributes a figure to ("officials"): our words, by the English the claim has. */
export function attributionWords(translations: Translations, lang: Language, english: string): Words {
  return inLanguage(entryIn(translations.attributions, english, lang), english, lang);
}

/** An oblast's name in the reader's language, by the English name places carry ("Aqtöbe"). */
export function oblastName(translations: Translations, lang: Language, english: string): string {
  return entryIn(translations.oblasts, english, lang) ?? english;
}

export function sourceWords(
  translations: Translations,
  lang: Language,
  source: Pick<Source, 'id' | 'speaker' | 'dateNote'>,
): { speaker: Words; dateNote: Words | null } {
  const own = entryIn(translations.sources, source.id, lang);
  return {
    speaker: inLanguage(own?.speaker, source.speaker, lang),
    dateNote: source.dateNote ? inLanguage(own?.dateNote, source.dateNote, lang) : null,
  };
}
