/**
 * Our own words about an event or a source (summary, date note, who is speaking) in the interface's language,
 * with the language they are in: an imported event, or a translation missing, keeps its English.
 */
import type { EventProperties, Source, Translations } from '../data/schema.ts';
import type { Language } from './languages.ts';

export interface Words {
  text: string;
  lang: Language;
}

const english = (text: string): Words => ({ text, lang: 'en' });

export function eventWords(
  translations: Translations,
  lang: Language,
  event: Pick<EventProperties, 'id' | 'summary' | 'dateNote'>,
): { summary: Words; dateNote: Words | null } {
  const own = lang === 'en' ? undefined : translations.events[event.id]?.[lang];
  return {
    summary: own ? { text: own.summary, lang } : english(event.summary),
    dateNote: event.dateNote
      ? own?.dateNote
        ? { text: own.dateNote, lang }
        : english(event.dateNote)
      : null,
  };
}

export function sourceWords(
  translations: Translations,
  lang: Language,
  source: Pick<Source, 'id' | 'speaker' | 'dateNote'>,
): { speaker: Words; dateNote: Words | null } {
  const own = lang === 'en' ? undefined : translations.sources[source.id]?.[lang];
  return {
    speaker: own ? { text: own.speaker, lang } : english(source.speaker),
    dateNote: source.dateNote
      ? own?.dateNote
        ? { text: own.dateNote, lang }
        : english(source.dateNote)
      : null,
  };
}
