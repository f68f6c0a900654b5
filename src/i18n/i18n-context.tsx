import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from './languages.ts';
import { translator, type Translator } from './translator.ts';

const TranslatorContext = createContext<Translator>(translator('en'));

/** Gives every component below the reader's language. */
export function TranslatorProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <TranslatorContext.Provider value={translator(lang)}>{children}</TranslatorContext.Provider>;
}

export const useT = (): Translator => useContext(TranslatorContext);
