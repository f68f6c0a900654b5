/**
 * A place made from a point clicked on the map: its names (the Russian and Kazakh default to the one typed),
 * its precision as the reader states it, and its country; checked by the schema geo/ is checked with.
 */
import { useState, type FormEvent } from 'react';
import { fieldFaults, type FieldFaults } from '../../../packs/field-faults.ts';
import { slugOf } from '../../../packs/authoring.ts';
import { freeId } from '../../../packs/own-sources.ts';
import {
  LOCATION_PRECISIONS,
  placeRecord,
  type LocationPrecision,
  type PlaceRecord,
} from '../../../records/schema.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { PLACE_PRECISION_NAME_KEY } from '../authoring-words.ts';
import { Choices } from '../choices.tsx';
import { Field } from '../field.tsx';

export function PointPlaceForm({
  point,
  takenIds,
  onSave,
}: {
  point: { lon: number; lat: number };
  takenIds: ReadonlySet<string>;
  onSave: (place: PlaceRecord) => void;
}) {
  const { t, tell } = useT();
  const [form, setForm] = useState({
    en: '',
    ru: '',
    kk: '',
    precision: 'city' as LocationPrecision,
    country: 'KZ',
  });
  const [faults, setFaults] = useState<FieldFaults>({});
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const en = form.en.trim();
    const place: PlaceRecord = {
      id: freeId(slugOf(en, 'place'), (id) => takenIds.has(id)),
      names: { en, ru: form.ru.trim() || en, kk: form.kk.trim() || form.ru.trim() || en },
      variants: [],
      precision: form.precision,
      country: form.country.trim().toUpperCase(),
      point: { ...point, source: `a point clicked on the map by the reader (${form.precision})` },
    };
    const found = fieldFaults(placeRecord, place);
    const named = found.names ? { en: found.names } : {};
    setFaults({ ...found, ...named });
    if (Object.keys(found).length === 0) onSave(place);
  };
  const fault = (field: string) => (faults[field] ? tell(faults[field]!) : null);
  return (
    <form className="new-event" onSubmit={submit} noValidate>
      <p className="hint">{t('author.pointAt', { lon: point.lon, lat: point.lat })}</p>
      <Field label={t('author.placeNameEn')} fault={fault('en')}>
        <input value={form.en} onChange={(e) => set('en')(e.target.value)} />
      </Field>
      <Field label={t('author.placeNameRu')} fault={null}>
        <input value={form.ru} onChange={(e) => set('ru')(e.target.value)} />
      </Field>
      <Field label={t('author.placeNameKk')} fault={null}>
        <input value={form.kk} onChange={(e) => set('kk')(e.target.value)} />
      </Field>
      <Field label={t('author.placePrecision')} fault={fault('precision')}>
        <Choices
          values={LOCATION_PRECISIONS}
          value={form.precision}
          nameOf={(p) => t(PLACE_PRECISION_NAME_KEY[p])}
          onChoose={set('precision')}
        />
      </Field>
      <Field label={t('author.country')} fault={fault('country')}>
        <input value={form.country} maxLength={2} onChange={(e) => set('country')(e.target.value)} />
      </Field>
      <button type="submit">{t('author.addPlace')}</button>
    </form>
  );
}
