/**
 * The interface's language: the reader's choice (the URL, or the switch that writes it), else the browser's
 * languages, else English; the page's `lang` follows it.
 */
import { useCallback, useEffect, useState } from 'react';
import { preferredLanguage, type Language } from '../i18n/languages.ts';
import type { Selection } from '../corpus/selection.ts';

export function useReaderLanguage(
  chosen: Language | null,
  setSelection: (update: (s: Selection) => Selection) => void,
) {
  const [browserLanguage] = useState(() => preferredLanguage(navigator.languages ?? [navigator.language]));
  const lang = chosen ?? browserLanguage;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const chooseLanguage = useCallback(
    (next: Language) => setSelection((s) => ({ ...s, lang: next })),
    [setSelection],
  );
  return { lang, chooseLanguage };
}
