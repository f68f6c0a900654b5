/** One passage the reader marked: its words, the places and events it is linked to, its figures, and the forms that add more. */
import { useState } from 'react';
import type { Indexes } from '../../corpus/indexes.ts';
import type { ClaimRecord, EventRecord, Excerpt, PlaceRecord } from '../../records/schema.ts';
import { placeName } from '../../i18n/place-names.ts';
import { MEASURE_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { EventPicker } from './event-picker.tsx';
import { FigureForm } from './figure-form.tsx';
import { PlacePicker } from './places/place-picker.tsx';

export interface PassageActions {
  linkPlace: (excerptId: string, placeId: string, newPlace?: PlaceRecord) => void;
  linkEvent: (excerptId: string, event: Pick<EventRecord, 'id' | 'placeId'>, newEvent?: EventRecord) => void;
  addFigure: (claim: ClaimRecord) => void;
  unmark: (excerptId: string) => void;
  /** The author reader steps aside while the reader clicks a point on the map. */
  pickPoint: () => Promise<{ lon: number; lat: number } | null>;
}

type Adding = 'place' | 'event' | 'figure' | null;

export function PassageCard({
  excerpt,
  indexes,
  takenIds,
  actions,
}: {
  excerpt: Excerpt;
  indexes: Indexes;
  takenIds: ReadonlySet<string>;
  actions: PassageActions;
}) {
  const { t, lang } = useT();
  const [adding, setAdding] = useState<Adding>(null);
  const places = excerpt.placeIds.map((id) => ({
    id,
    name: indexes.placeById.get(id) ? placeName(indexes.placeById.get(id)!, lang) : id,
  }));
  const eventsHere = excerpt.placeIds.flatMap((id) => indexes.eventsByPlace.get(id) ?? []);
  const reported = indexes.events.filter((e) => excerpt.eventIds.includes(e.id));
  const figures = reported
    .flatMap((e) => indexes.claimsByEvent.get(e.id) ?? [])
    .filter((c) => c.excerptId === excerpt.id);
  const toggle = (what: Adding) => setAdding((a) => (a === what ? null : what));

  return (
    <li className="passage-card" data-passage={excerpt.id}>
      <blockquote>{excerpt.text}</blockquote>
      <p>
        <span className="ours">{t('author.places')}</span> {places.map((p) => p.name).join(', ') || '—'}
      </p>
      <p>
        <span className="ours">{t('author.events')}</span> {reported.map((e) => e.summary).join(' · ') || '—'}
      </p>
      {figures.length > 0 && (
        <ul className="passage-figures">
          {figures.map((c) => (
            <li key={c.id} data-figure={c.id}>
              {t(MEASURE_KEY[c.measure])}: {c.qualifier ? `${c.qualifier} ` : ''}
              {c.value ?? `“${c.valueText}”`}
              {c.valueMax !== undefined ? `–${c.valueMax}` : ''}
            </li>
          ))}
        </ul>
      )}
      <div className="passage-actions">
        <button type="button" aria-expanded={adding === 'place'} onClick={() => toggle('place')}>
          {t('author.linkPlace')}
        </button>
        <button type="button" aria-expanded={adding === 'event'} onClick={() => toggle('event')}>
          {t('author.linkEvent')}
        </button>
        <button type="button" aria-expanded={adding === 'figure'} onClick={() => toggle('figure')}>
          {t('author.giveFigure')}
        </button>
        <button type="button" onClick={() => actions.unmark(excerpt.id)}>
          {t('author.unmark')}
        </button>
      </div>
      {adding === 'place' && (
        <PlacePicker
          places={indexes.places}
          takenIds={takenIds}
          onPickPoint={actions.pickPoint}
          onPick={(placeId, newPlace) => {
            actions.linkPlace(excerpt.id, placeId, newPlace);
            setAdding(null);
          }}
        />
      )}
      {adding === 'event' && (
        <EventPicker
          events={eventsHere.filter((e) => !excerpt.eventIds.includes(e.id))}
          places={places}
          sourceId={excerpt.sourceId}
          takenIds={takenIds}
          onPick={(event, newEvent) => {
            actions.linkEvent(excerpt.id, event, newEvent);
            setAdding(null);
          }}
        />
      )}
      {adding === 'figure' && (
        <FigureForm
          excerptId={excerpt.id}
          sourceId={excerpt.sourceId}
          events={reported}
          takenIds={takenIds}
          onSave={(claim) => {
            actions.addFigure(claim);
            setAdding(null);
          }}
        />
      )}
    </li>
  );
}
