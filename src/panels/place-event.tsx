import { figureRows } from '../data/figure-rows.ts';
import { sourceName, type Indexes } from '../data/indexes.ts';
import type { EventProperties } from '../data/schema.ts';
import { fromShownSources, reportedByVisibleSource } from '../data/selection.ts';
import { KIND_STYLE, PRECISION_NOTE, formatDate, isUncertain } from '../data/vocabulary.ts';
import { ClaimsTable } from './claims-table.tsx';
import { ShapeIcon } from './shape-icon.tsx';

export const PLACE_PRECISION_NOTE = {
  city: null,
  region: 'placed to the area only',
  country: 'placed to the country only',
} as const;

/**
 * One event in a place's panel. An article event shows our summary, who reports it, the datasets that record
 * it and every figure side by side; an imported event shows the dataset's own words, verbatim and cited.
 */
export function PlaceEvent({
  event: e,
  indexes,
  hiddenSources,
  onRead,
}: {
  event: EventProperties;
  indexes: Indexes;
  hiddenSources: ReadonlySet<string>;
  onRead: (excerptId: string) => void;
}) {
  const nameOf = (id: string) => sourceName(indexes, id);
  const notes = [PRECISION_NOTE[e.datePrecision], PLACE_PRECISION_NOTE[e.placePrecision]].filter(Boolean);
  const records = (indexes.recordsOfEvent.get(e.id) ?? []).filter((r) =>
    reportedByVisibleSource(r, hiddenSources),
  );
  const claims = fromShownSources(indexes.claimsByEvent.get(e.id) ?? [], hiddenSources);
  const rows = figureRows(claims, e.imported ? [e] : records);
  const imported = e.imported;
  return (
    <li data-event={e.id}>
      <p className="event-line">
        <ShapeIcon kind={e.kind} hollow={isUncertain(e)} />
        <span className="event-kind">{KIND_STYLE[e.kind].label}</span>
        {' · '}
        <time dateTime={e.date ?? undefined}>{formatDate(e.date, e.datePrecision)}</time>
        {notes.length > 0 && <span className="uncertain"> ({notes.join('; ')})</span>}
      </p>
      {e.dateNote && <p className="date-note">{e.dateNote}</p>}
      {imported ? (
        <>
          <p className="dataset-line">
            <span className="dataset-name">{nameOf(imported.datasetId)}</span>, row {imported.row}
            {imported.externalId && ` (id ${imported.externalId})`}
            {imported.originalType && <> · its type: {imported.originalType}</>}
            {imported.location && (
              <> · its location: {[imported.location, imported.admin1].filter(Boolean).join(', ')}</>
            )}
          </p>
          {imported.passage ? (
            <figure className="dataset-passage">
              <blockquote>{imported.passage}</blockquote>
              <figcaption>
                The dataset’s own words
                {imported.citations.length > 0 && <>, citing {imported.citations.join('; ')}</>}
              </figcaption>
            </figure>
          ) : (
            <p className="empty">The dataset gives no description.</p>
          )}
          {imported.remarks.map((r) => (
            <p key={r} className="dataset-remark">
              {r}
            </p>
          ))}
          {imported.linkedEventIds.length > 0 && (
            <p className="dataset-link">
              Matched to an event the articles report (same dates, within 25 km).
            </p>
          )}
        </>
      ) : (
        <>
          <p className="summary">
            <span className="ours">Our summary:</span> {e.summary}
          </p>
          <p className="reported-by">
            Reported by:{' '}
            {e.sourceIds
              .filter((id) => !hiddenSources.has(id))
              .map(nameOf)
              .join('; ')}
          </p>
          {records.length > 0 && (
            <p className="recorded-by">
              Recorded in datasets:{' '}
              {records.map((r) => `${nameOf(r.imported!.datasetId)} (row ${r.imported!.row})`).join('; ')}
            </p>
          )}
        </>
      )}
      {rows.length > 0 && <ClaimsTable rows={rows} nameOf={nameOf} onRead={onRead} />}
    </li>
  );
}
