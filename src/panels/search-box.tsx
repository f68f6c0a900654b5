import { useId, useMemo, useState } from 'react';
import type { PlaceProperties } from '../records/schema.ts';
import { searchPlaces } from '../corpus/search-places.ts';
import { placeName } from '../i18n/place-names.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** A combobox over every name of every place: Semipalatinsk finds Semey, Уральск finds Oral. */
export function SearchBox({
  places,
  onChoose,
}: {
  places: readonly PlaceProperties[];
  onChoose: (placeId: string) => void;
}) {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => searchPlaces(places, query), [places, query]);
  const open = query.trim().length > 0;

  const choose = (placeId: string) => {
    onChoose(placeId);
    setQuery('');
    setActive(0);
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        placeholder={t('search.placeholder')}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active]!.place.id}` : undefined}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && matches[active]) choose(matches[active]!.place.id);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('search.results')}>
          {matches.length === 0 && <li className="search-empty">{t('search.none')}</li>}
          {matches.map((m, i) => (
            <li
              key={m.place.id}
              id={`${listId}-${m.place.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m.place.id)}
            >
              <strong>{placeName(m.place, lang)}</strong>
              {m.matchedName && m.matchedName !== placeName(m.place, lang) && (
                <span className="search-variant"> — {t('search.matched', { name: m.matchedName })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
