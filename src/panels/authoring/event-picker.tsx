/**
 * Linking a passage to an event: one already at the places it is linked to (the map's or the reader's own),
 * or a new one (kind, date and its precision, place, and our one-line summary), checked by the schema geo/
 * is checked with, each fault said beside its field.
 */
import { useState, type FormEvent } from 'react';
import {
  EVENT_KINDS,
  eventRecord,
  type DatePrecision,
  type EventKind,
  type EventProperties,
  type EventRecord,
} from '../../records/schema.ts';
import { fieldFaults, type FieldFaults } from '../../packs/field-faults.ts';
import { slugOf } from '../../packs/authoring.ts';
import { freeId } from '../../packs/own-sources.ts';
import { KIND_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { Choices } from './choices.tsx';
import { DateFields } from './date-fields.tsx';
import { Field } from './field.tsx';

export function EventPicker({
  events,
  places,
  sourceId,
  takenIds,
  onPick,
}: {
  /** The events at the passage's places. */
  events: readonly EventProperties[];
  /** The passage's places, by id with their names: a new event is at one of them. */
  places: ReadonlyArray<{ id: string; name: string }>;
  sourceId: string;
  takenIds: ReadonlySet<string>;
  onPick: (event: Pick<EventRecord, 'id' | 'placeId'>, newEvent?: EventRecord) => void;
}) {
  const { t, tell, date } = useT();
  const [form, setForm] = useState({
    kind: 'protest' as EventKind,
    date: '',
    datePrecision: 'day' as DatePrecision,
    placeId: places[0]?.id ?? '',
    summary: '',
  });
  const [faults, setFaults] = useState<FieldFaults>({});
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const record: EventRecord = {
      id: freeId(slugOf(`${form.placeId} ${form.date} ${form.kind}`, 'event'), (id) => takenIds.has(id)),
      kind: form.kind,
      date: form.datePrecision === 'undated' ? null : form.date.trim(),
      datePrecision: form.datePrecision,
      placeId: form.placeId,
      summary: form.summary.trim(),
      sourceIds: [sourceId],
    };
    const found = fieldFaults(eventRecord, record);
    setFaults(found);
    if (Object.keys(found).length === 0) onPick(record, record);
  };
  const fault = (field: string) => (faults[field] ? tell(faults[field]!) : null);

  return (
    <div className="event-picker">
      {events.length > 0 && (
        <ul className="picker-results" aria-label={t('author.eventsThere')}>
          {events.map((e) => (
            <li key={e.id}>
              <button type="button" data-event-choice={e.id} onClick={() => onPick(e)}>
                {t(KIND_KEY[e.kind])} · {date(e.date, e.datePrecision)} · {e.summary}
              </button>
            </li>
          ))}
        </ul>
      )}
      {places.length === 0 ? (
        <p className="hint">{t('author.placeFirst')}</p>
      ) : (
        <form onSubmit={submit} noValidate className="new-event">
          <h4>{t('author.newEvent')}</h4>
          <Field label={t('author.eventKind')} fault={fault('kind')}>
            <Choices
              values={EVENT_KINDS}
              value={form.kind}
              nameOf={(k) => t(KIND_KEY[k])}
              onChoose={set('kind')}
            />
          </Field>
          <DateFields
            date={form.date}
            precision={form.datePrecision}
            onDate={set('date')}
            onPrecision={set('datePrecision')}
            fault={fault}
          />
          <Field label={t('author.eventPlace')} fault={fault('placeId')}>
            <select value={form.placeId} onChange={(e) => set('placeId')(e.target.value)}>
              {places.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('author.summary')} fault={fault('summary')}>
            <input value={form.summary} onChange={(e) => set('summary')(e.target.value)} />
          </Field>
          <button type="submit">{t('author.addEvent')}</button>
        </form>
      )}
    </div>
  );
}
