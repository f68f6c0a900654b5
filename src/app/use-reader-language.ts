/**
 * The interface's language: the reader's choice (the URL, or the switch that writes it), else the browser's
 * languages, else English; the page's `lang` follows it. A language is shown once its catalogue has arrived
 * (the first one before the page is drawn, see firstLanguage); until then the page stays in the one it has.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseLanguage, preferredLanguage, type Language } from '../i18n/languages.ts';
import { catalogueLoaded, loadCatalogue } from '../i18n/translator.ts';
import type { Selection } from '../corpus/selection.ts';

const browserLanguages = () => navigator.languages ?? [navigator.language];

/** The language the page opens in, read as the hook reads it: for its catalogue to be fetched first. */
export const firstLanguage = (): Language =>
  parseLanguage(new URLSearchParams(window.location.search).get('lang')) ??
  preferredLanguage(browserLanguages());

export function useReaderLanguage(
  chosen: Language | null,
  setSelection: (update: (s: Selection) => Selection) => void,
) {
  const [browserLanguage] = useState(() => preferredLanguage(browserLanguages()));
  const wanted = chosen ?? browserLanguage;
  const [shown, setShown] = useState<Language>(() => (catalogueLoaded(wanted) ? wanted : 'en'));
  useEffect(() => {
    let current = true;
    // A catalogue that cannot be fetched (offline, before the app was kept) leaves the language shown.
    loadCatalogue(wanted).then(
      () => current && setShown(wanted),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  const chooseLanguage = useCallback(
    (next: Language) => setSelection((s) => ({ ...s, lang: next })),
    [setSelection],
  );
  return { lang: shown, chooseLanguage };
}
