import { useMemo, useState } from 'react';
import { sourceName, type Indexes } from '../data/indexes.ts';
import type { EventProperties } from '../data/schema.ts';
import { KIND_STYLE, PRECISION_NOTE, formatDate, isUncertain } from '../data/vocabulary.ts';
import { ShapeIcon } from './shape-icon.tsx';
import { ShowMore } from './show-more.tsx';
import { usePaged } from './use-paged.ts';

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
  const [ascending, setAscending] = useState(true);
  const rows = useMemo(() => (ascending ? events : [...events].reverse()), [events, ascending]);
  const paged = usePaged(rows, ROW_PAGE, String(ascending));

  return (
    <div className="event-list">
      <table>
        <caption>
          {rows.length.toLocaleString('en')} event{rows.length === 1 ? '' : 's'} in the current selection
          {paged.hidden > 0 && `, the first ${paged.shown.length.toLocaleString('en')} shown`}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ascending ? 'ascending' : 'descending'}>
              <button type="button" className="sort" onClick={() => setAscending(!ascending)}>
                Date <span aria-hidden="true">{ascending ? '▲' : '▼'}</span>
                <span className="visually-hidden">, sort {ascending ? 'newest first' : 'oldest first'}</span>
              </button>
            </th>
            <th scope="col">Kind</th>
            <th scope="col">Place</th>
            <th scope="col">Summary (ours) or the dataset’s words</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {paged.shown.map((e) => {
            const place = indexes.placeById.get(e.placeId);
            const note = PRECISION_NOTE[e.datePrecision];
            return (
              <tr key={e.id} data-event={e.id}>
                {/* On a phone each row is a card: the date heads it, the other cells' data-label names them. */}
                <td className="event-date">
                  <time dateTime={e.date ?? undefined}>{formatDate(e.date, e.datePrecision)}</time>
                  {note && <span className="uncertain"> ({note})</span>}
                </td>
                <td data-label="Kind">
                  <ShapeIcon kind={e.kind} hollow={isUncertain(e)} /> {KIND_STYLE[e.kind].label}
                </td>
                <td data-label="Place">
                  {place ? (
                    <button type="button" className="link-button" onClick={() => onSelectPlace(e.placeId)}>
                      {place.nameEn}
                    </button>
                  ) : (
                    // Its place is missing from the loaded data: name the id, open nothing.
                    e.placeId
                  )}
                  {e.placePrecision !== 'city' && (
                    <span className="uncertain"> ({e.placePrecision} only)</span>
                  )}
                </td>
                <td data-label="Summary">
                  {e.imported
                    ? e.imported.passage && (
                        <q className="dataset-words" title="The dataset’s own words, verbatim">
                          {e.imported.passage}
                        </q>
                      )
                    : e.summary}
                </td>
                <td data-label="Sources">
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
