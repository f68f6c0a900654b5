import { figureRows } from '../../corpus/figure-rows.ts';
import { sourceName, type Indexes } from '../../corpus/indexes.ts';
import type { EventProperties } from '../../records/schema.ts';
import { fromShownSources, reportedByVisibleSource } from '../../corpus/selection.ts';
import { isUncertain } from '../../records/vocabulary.ts';
import { eventWords } from '../../i18n/our-words.ts';
import { DATE_PRECISION_KEY, KIND_KEY, PLACE_PRECISION_KEY } from '../../i18n/vocabulary-keys.ts';
import { ClaimsTable } from './claims-table.tsx';
import { ShapeIcon } from '../shape-icon.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

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
  const { t, date, lang, note } = useT();
  const words = eventWords(indexes.translations, lang, e);
  const nameOf = (id: string) => sourceName(indexes, id);
  const notes = [DATE_PRECISION_KEY[e.datePrecision], PLACE_PRECISION_KEY[e.placePrecision]]
    .filter((key) => key !== null)
    .map((key) => t(key));
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
        <span className="event-kind">{t(KIND_KEY[e.kind])}</span>
        {' · '}
        <time dateTime={e.date ?? undefined}>{date(e.date, e.datePrecision)}</time>
        {notes.length > 0 && <span className="uncertain"> ({notes.join('; ')})</span>}
      </p>
      {words.dateNote && (
        <p className="date-note" lang={words.dateNote.lang}>
          {words.dateNote.text}
        </p>
      )}
      {imported ? (
        <>
          <p className="dataset-line">
            <span className="dataset-name">{nameOf(imported.datasetId)}</span>,{' '}
            {t('dataset.row', { row: imported.row })}
            {imported.externalId && ` (${t('dataset.id', { id: imported.externalId })})`}
            {imported.originalType && <> · {t('dataset.type', { type: imported.originalType })}</>}
            {imported.location && (
              <>
                {' · '}
                {t('dataset.location', {
                  location: [imported.location, imported.admin1].filter(Boolean).join(', '),
                })}
              </>
            )}
          </p>
          {imported.passage ? (
            <figure className="dataset-passage">
              <blockquote>{imported.passage}</blockquote>
              <figcaption>
                {imported.citations.length > 0
                  ? t('dataset.ownWordsCiting', { citations: imported.citations.map(note).join('; ') })
                  : t('dataset.ownWords')}
              </figcaption>
            </figure>
          ) : (
            <p className="empty">{t('dataset.noDescription')}</p>
          )}
          {imported.remarks.map((r) => (
            <p key={r} className="dataset-remark">
              {note(r)}
            </p>
          ))}
          {imported.linkedEventIds.length > 0 && <p className="dataset-link">{t('dataset.matched')}</p>}
        </>
      ) : (
        <>
          <p className="summary">
            <span className="ours">{t('event.ourSummary')}</span>{' '}
            <span lang={words.summary.lang}>{words.summary.text}</span>
          </p>
          <p className="reported-by">
            {t('event.reportedBy')}{' '}
            {e.sourceIds
              .filter((id) => !hiddenSources.has(id))
              .map(nameOf)
              .join('; ')}
          </p>
          {records.length > 0 && (
            <p className="recorded-by">
              {t('event.recordedIn')}{' '}
              {records
                .map(
                  (r) => `${nameOf(r.imported!.datasetId)} (${t('dataset.row', { row: r.imported!.row })})`,
                )
                .join('; ')}
            </p>
          )}
        </>
      )}
      {rows.length > 0 && (
        <ClaimsTable rows={rows} nameOf={nameOf} onRead={onRead} translations={indexes.translations} />
      )}
    </li>
  );
}
