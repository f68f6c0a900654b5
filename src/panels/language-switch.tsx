import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** The interface's language, each offered in its own words; the choice goes into the URL (`?lang=`). */
export function LanguageSwitch({ lang, onChoose }: { lang: Language; onChoose: (lang: Language) => void }) {
  const { t } = useT();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('top.language')}</span>
      <select value={lang} onChange={(e) => onChoose(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
