/** A record's date and how precisely it is known, as the article and event forms both ask for them. */
import { DATE_PRECISIONS, type DatePrecision } from '../../records/schema.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DATE_PRECISION_NAME_KEY } from './authoring-words.ts';
import { Choices } from './choices.tsx';
import { Field } from './field.tsx';

export function DateFields({
  date,
  precision,
  onDate,
  onPrecision,
  fault,
}: {
  date: string;
  precision: DatePrecision;
  onDate: (date: string) => void;
  onPrecision: (precision: DatePrecision) => void;
  fault: (field: string) => string | null;
}) {
  const { t } = useT();
  return (
    <>
      <Field label={t('author.datePrecision')} fault={fault('datePrecision')}>
        <Choices
          values={DATE_PRECISIONS}
          value={precision}
          nameOf={(p) => t(DATE_PRECISION_NAME_KEY[p])}
          onChoose={onPrecision}
        />
      </Field>
      <Field label={t('author.date')} fault={fault('date')}>
        <input
          value={date}
          placeholder="2022-01-05"
          disabled={precision === 'undated'}
          onChange={(e) => onDate(e.target.value)}
        />
      </Field>
    </>
  );
}
