/**
 * Our words in the reader's language: ICU messages (plurals by the language's own rules, through
 * intl-messageformat and the browser's Intl), numbers and dates through Intl. Messages are compiled once per
 * language and key. The sources' words never pass through here: they are shown as published.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { DatePrecision } from '../records/schema.ts';
import type { Language } from './languages.ts';
import { readNote, type Message } from './message.ts';
import { en } from './messages-en.ts';
import type { MessageKey, Messages } from './message-key.ts';

export type { MessageKey, Messages };
export type MessageValues = Record<string, string | number>;

/**
 * The catalogues loaded. English comes with the page (the command-line tools and the workers' messages speak
 * it); Russian and Kazakh, some 40 KB each, are fetched when a reader first needs one (loadCatalogue).
 */
const CATALOGUES: Partial<Record<Language, Messages>> = { en };
const LATER: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  ru: () => import('./messages-ru.ts').then((m) => m.ru),
  kk: () => import('./messages-kk.ts').then((m) => m.kk),
};

export const catalogueLoaded = (lang: Language): boolean => CATALOGUES[lang] !== undefined;

/** Makes `translator(lang)` available; rejects when the catalogue's file cannot be fetched. */
export async function loadCatalogue(lang: Language): Promise<void> {
  if (lang !== 'en') CATALOGUES[lang] ??= await LATER[lang]();
}

/** The locale Intl formats with: British English writes a day before its month, as the sources do. */
const LOCALE: Record<Language, string> = { en: 'en-GB', ru: 'ru', kk: 'kk' };

export interface Translator {
  lang: Language;
  t: (key: MessageKey, values?: MessageValues) => string;
  number: (n: number) => string;
  /** A date at its precision, never more precise than the source: "5 June 2016", "June 2016", "2016". */
  date: (date: string | null, precision: DatePrecision) => string;
  /** A message said by code that does not know the language (message.ts); a string is words already. */
  tell: (message: Message | string) => string;
  /** A note as the data hold it: coded messages in this language, other text as it stands. */
  note: (text: string) => string;
}

/**
 * Month names where a browser's Intl lacks them: Chromium's built-in locale data has no Kazakh calendar, so
 * it writes "2016 M06" where Node writes "2016 ж. маусым". The same forms as Intl's, from the CLDR.
 */
const MONTHS: Partial<Record<Language, string[]>> = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
};

/** "2016 M06": what Intl writes for a language whose calendar data it lacks. */
export const needsFallback = (text: string) => /\bM\d\d\b/.test(text);

export function fallbackDate(
  lang: Language,
  y: number,
  m: number,
  d: number,
  precision: 'day' | 'month' | 'year',
): string {
  const month = MONTHS[lang]![m - 1];
  if (precision === 'year') return `${y} ж.`;
  return precision === 'month' ? `${y} ж. ${month}` : `${y} ж. ${d} ${month}`;
}

const made = new Map<Language, Translator>();

/*
 * intl-messageformat asks Intl which locales it supports (supportedLocalesOf) for every message it compiles,
 * and gives every message its own Intl formatters: in Chromium each costs milliseconds, and the first view
 * compiles a dozen messages. The answer for a locale never changes, and one language's messages can share
 * one set of formatters: both are kept.
 */
const askLocale = IntlMessageFormat.resolveLocale;
const localeOf = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  const key = String(locales);
  if (!localeOf.has(key)) localeOf.set(key, askLocale(locales));
  return localeOf.get(key);
};

function keptBy<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const kept = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let made = kept.get(key);
    if (made === undefined) kept.set(key, (made = make(...args)));
    return made;
  };
}

const sharedFormatters = (): Formatters => ({
  getNumberFormat: keptBy(
    (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  ),
  getDateTimeFormat: keptBy(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getPluralRules: keptBy(
    (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  ),
});

/** The translator of a language whose catalogue is loaded (English always is: see loadCatalogue). */
export function translator(lang: Language): Translator {
  let done = made.get(lang);
  if (done) return done;
  const catalogue = CATALOGUES[lang];
  if (!catalogue) throw new Error(`The ${lang} messages are not loaded: loadCatalogue('${lang}') first.`);
  const locale = LOCALE[lang];
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  // Made when first needed, and kept: each Intl formatter loads its locale's data, and the first view needs few.
  const formatters = sharedFormatters();
  const OPTIONS = {
    day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
  } as const;
  // Held here as well: dates and numbers are written many times a render, and need no lookup by key.
  const dateFormats: Partial<Record<'day' | 'month' | 'year', Intl.DateTimeFormat>> = {};
  const formatter = (p: 'day' | 'month' | 'year') =>
    (dateFormats[p] ??= formatters.getDateTimeFormat(locale, OPTIONS[p]));
  let numbers: Intl.NumberFormat | undefined;
  const t: Translator['t'] = (key, values) => {
    // A key no catalogue has (a message stored by an older version) is shown as the key, never as nothing.
    const text: string = catalogue[key] ?? key;
    // Most messages are plain words: they need no parsing (the first view says some forty of them).
    if (!text.includes('{')) return text;
    let message = compiled.get(key);
    if (!message) {
      message = new IntlMessageFormat(text, locale, undefined, { formatters });
      compiled.set(key, message);
    }
    return String(message.format(values));
  };
  const tell: Translator['tell'] = (message) => {
    if (typeof message === 'string') return message;
    if (!message.values) return t(message.key);
    const values: MessageValues = {};
    for (const [name, value] of Object.entries(message.values))
      values[name] = typeof value === 'object' ? tell(value) : value;
    return t(message.key, values);
  };
  const note: Translator['note'] = (text) => {
    const read = readNote(text);
    return typeof read === 'string' ? read : read.map(tell).join(' ');
  };
  done = {
    lang,
    t,
    tell,
    note,
    number: (n) => (numbers ??= formatters.getNumberFormat(locale)).format(n),
    date: (date, precision) => {
      if (date === null || precision === 'undated') return t('date.undated');
      const [y, m = 1, d = 1] = date.split('-').map(Number);
      const at = new Date(Date.UTC(y!, m - 1, d));
      const format = (p: 'day' | 'month' | 'year') => {
        const text = formatter(p).format(at);
        // A browser whose Intl has no month names for the language writes "2016 M06": ours stand in.
        return needsFallback(text) && MONTHS[lang] ? fallbackDate(lang, y!, m, d, p) : text;
      };
      if (precision === 'week') return t('date.week', { day: format('day') });
      return format(precision);
    },
  };
  made.set(lang, done);
  return done;
}
