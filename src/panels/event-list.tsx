import { useMemo, useState } from 'react';
import { sourceName, type Indexes } from '../corpus/indexes.ts';
import type { EventProperties } from '../records/schema.ts';
import { isUncertain } from '../records/vocabulary.ts';
import { eventWords } from '../i18n/our-words.ts';
import type { Language } from '../i18n/languages.ts';
import { placeName } from '../i18n/place-names.ts';
import { DATE_PRECISION_KEY, KIND_KEY, PLACE_PRECISION_KEY } from '../i18n/vocabulary-keys.ts';
import { ShapeIcon } from './shape-icon.tsx';
import { ShowMore } from './show-more.tsx';
import { usePaged } from './use-paged.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** Rows put in the page at once: 100,000 table rows would take the browser seconds to lay out. */
const ROW_PAGE = 200;

interface EventListProps {
  /** Oldest first, as indexes.events keeps them; the list only reverses them for newest first. */
  events: readonly EventProperties[];
  indexes: Indexes;
  hiddenSources: ReadonlySet<string>;
  onSelectPlace: (placeId: string) => void;
}

/** Every event in the current selection as a table: the map's content without the map. */
export function EventList({ events, indexes, hiddenSources, onSelectPlace }: EventListProps) {
  const { t, date, lang } = useT();
  const [ascending, setAscending] = useState(true);
  const rows = useMemo(() => (ascending ? events : [...events].reverse()), [events, ascending]);
  const paged = usePaged(rows, ROW_PAGE, String(ascending));

  return (
    <div className="event-list">
      <table>
        <caption>
          {paged.hidden > 0
            ? t('list.captionFirst', { count: rows.length, shown: paged.shown.length })
            : t('list.caption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ascending ? 'ascending' : 'descending'}>
              <button type="button" className="sort" onClick={() => setAscending(!ascending)}>
                {t('list.date')} <span aria-hidden="true">{ascending ? '▲' : '▼'}</span>
                <span className="visually-hidden">
                  , {ascending ? t('list.sortNewest') : t('list.sortOldest')}
                </span>
              </button>
            </th>
            <th scope="col">{t('list.kind')}</th>
            <th scope="col">{t('list.place')}</th>
            <th scope="col">{t('list.summary')}</th>
            <th scope="col">{t('list.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {paged.shown.map((e) => {
            const place = indexes.placeById.get(e.placeId);
            const noteKey = DATE_PRECISION_KEY[e.datePrecision];
            return (
              <tr key={e.id} data-event={e.id}>
                {/* On a phone each row is a card: the date heads it, the other cells' data-label names them. */}
                <td className="event-date">
                  <time dateTime={e.date ?? undefined}>{date(e.date, e.datePrecision)}</time>
                  {noteKey && <span className="uncertain"> ({t(noteKey)})</span>}
                </td>
                <td data-label={t('list.kind')}>
                  <ShapeIcon kind={e.kind} hollow={isUncertain(e)} /> {t(KIND_KEY[e.kind])}
                </td>
                <td data-label={t('list.place')}>
                  {place ? (
                    <button type="button" className="link-button" onClick={() => onSelectPlace(e.placeId)}>
                      {placeName(place, lang)}
                    </button>
                  ) : (
                    // Its place is missing from the loaded data: name the id, open nothing.
                    e.placeId
                  )}
                  {e.placePrecision !== 'city' && (
                    <span className="uncertain"> ({t(PLACE_PRECISION_KEY[e.placePrecision]!)})</span>
                  )}
                </td>
                <td data-label={t('list.summaryShort')}>
                  {e.imported ? (
                    e.imported.passage && (
                      <q className="dataset-words" title={t('list.datasetWords')}>
                        {e.imported.passage}
                      </q>
                    )
                  ) : (
                    <OurSummary event={e} indexes={indexes} lang={lang} />
                  )}
                </td>
                <td data-label={t('list.sources')}>
                  {e.sourceIds
                    .filter((id) => !hiddenSources.has(id))
                    .map((id) => sourceName(indexes, id))
                    .join('; ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMore paged={paged} />
    </div>
  );
}

/** Our summary of an event, in the reader's language where we have written it, with that language marked. */
function OurSummary({ event, indexes, lang }: { event: EventProperties; indexes: Indexes; lang: Language }) {
  const { summary } = eventWords(indexes.translations, lang, event);
  return <span lang={summary.lang}>{summary.text}</span>;
}
