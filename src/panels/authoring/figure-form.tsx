/**
 * A figure the passage gives (measure, the number or the source's words, a range, the source's hedge, whom it
 * attributes it to), for one of the events the passage reports. It cites the passage: there is no figure
 * without one. Checked by the schema geo/ is checked with and a figure's own rules.
 */
import { useState, type FormEvent } from 'react';
import {
  claimRecord,
  MEASURES,
  type ClaimRecord,
  type EventProperties,
  type Measure,
} from '../../records/schema.ts';
import { fieldFaults, figureFaults, type FieldFaults } from '../../packs/field-faults.ts';
import { freeId } from '../../packs/own-sources.ts';
import { MEASURE_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { Choices } from './choices.tsx';
import { Field } from './field.tsx';

export function FigureForm({
  excerptId,
  sourceId,
  events,
  takenIds,
  onSave,
}: {
  excerptId: string;
  sourceId: string;
  /** The events the passage reports: a figure is for one of them. */
  events: readonly EventProperties[];
  takenIds: ReadonlySet<string>;
  onSave: (claim: ClaimRecord) => void;
}) {
  const { t, tell, date } = useT();
  const [form, setForm] = useState({
    eventId: events[0]?.id ?? '',
    measure: 'killed-total' as Measure,
    value: '',
    valueText: '',
    valueMax: '',
    qualifier: '',
    attribution: '',
  });
  const [faults, setFaults] = useState<FieldFaults>({});
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const claim: ClaimRecord = {
      id: freeId(`${excerptId}-${form.measure}`, (id) => takenIds.has(id)),
      eventId: form.eventId,
      measure: form.measure,
      value: number(form.value) ?? null,
      ...(optional(form.valueText) ? { valueText: optional(form.valueText) } : {}),
      ...(number(form.valueMax) !== undefined ? { valueMax: number(form.valueMax) } : {}),
      ...(optional(form.qualifier) ? { qualifier: optional(form.qualifier) } : {}),
      ...(optional(form.attribution) ? { attribution: optional(form.attribution) } : {}),
      sourceId,
      excerptId,
    };
    const found = { ...fieldFaults(claimRecord, claim), ...figureFaults(claim) };
    setFaults(found);
    if (Object.keys(found).length === 0) onSave(claim);
  };
  const fault = (field: string) => (faults[field] ? tell(faults[field]!) : null);

  if (events.length === 0) return <p className="hint">{t('author.eventFirst')}</p>;
  return (
    <form onSubmit={submit} noValidate className="figure-form">
      <Field label={t('author.figureEvent')} fault={fault('eventId')}>
        <select value={form.eventId} onChange={(e) => set('eventId')(e.target.value)}>
          {events.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {date(ev.date, ev.datePrecision)} · {ev.summary}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('author.measure')} fault={fault('measure')}>
        <Choices
          values={MEASURES}
          value={form.measure}
          nameOf={(m) => t(MEASURE_KEY[m])}
          onChoose={set('measure')}
        />
      </Field>
      <Field label={t('author.value')} fault={fault('value')}>
        <input inputMode="numeric" value={form.value} onChange={(e) => set('value')(e.target.value)} />
      </Field>
      <Field label={t('author.valueText')} fault={fault('valueText')}>
        <input value={form.valueText} onChange={(e) => set('valueText')(e.target.value)} />
      </Field>
      <Field label={t('author.valueMax')} fault={fault('valueMax')}>
        <input inputMode="numeric" value={form.valueMax} onChange={(e) => set('valueMax')(e.target.value)} />
      </Field>
      <Field label={t('author.qualifier')} fault={fault('qualifier')}>
        <input value={form.qualifier} onChange={(e) => set('qualifier')(e.target.value)} />
      </Field>
      <Field label={t('author.attribution')} fault={fault('attribution')}>
        <input value={form.attribution} onChange={(e) => set('attribution')(e.target.value)} />
      </Field>
      {faults.excerptId && <p role="alert">{tell(faults.excerptId)}</p>}
      <button type="submit">{t('author.addFigure')}</button>
    </form>
  );
}
