/** The small form that maps a table's columns to what the map needs, with the file's first rows beside it. */
import { useState } from 'react';
import { EVENT_KINDS, type EventKind } from '../../records/schema.ts';
import { MAPPING_FIELDS, mappingFault, type TableMapping } from '../../formats/table.ts';
import type { NeedsMapping } from '../../import/import-messages.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import { KIND_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';

const FIELD_LABEL: Record<(typeof MAPPING_FIELDS)[number], MessageKey> = {
  date: 'mapping.date',
  latitude: 'mapping.latitude',
  longitude: 'mapping.longitude',
  kind: 'mapping.kind',
  description: 'mapping.description',
  source: 'mapping.source',
  id: 'mapping.id',
  location: 'mapping.location',
  killed: 'mapping.killed',
  injured: 'mapping.injured',
};

export function MappingForm({
  outcome,
  initial,
  onSubmit,
  onCancel,
}: {
  outcome: NeedsMapping;
  initial: TableMapping;
  onSubmit: (mapping: TableMapping) => void;
  onCancel: () => void;
}) {
  const { t, tell } = useT();
  const [mapping, setMapping] = useState<TableMapping>(initial);
  const fault = mappingFault(mapping, outcome.header);
  return (
    <form
      className="mapping-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!fault) onSubmit(mapping);
      }}
    >
      <p className="hint">{t('mapping.hint')}</p>
      <div className="mapping-fields">
        {MAPPING_FIELDS.map((field) => (
          <label key={field}>
            {t(FIELD_LABEL[field])}
            <select
              name={field}
              value={mapping[field] ?? ''}
              onChange={(e) =>
                setMapping({
                  ...mapping,
                  [field]:
                    e.target.value ||
                    (field === 'date' || field === 'latitude' || field === 'longitude' ? '' : null),
                })
              }
            >
              <option value="">{t('mapping.none')}</option>
              {outcome.header.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          {t('mapping.defaultKind')}
          <select
            name="defaultKind"
            value={mapping.defaultKind ?? ''}
            onChange={(e) =>
              setMapping({ ...mapping, defaultKind: (e.target.value || null) as EventKind | null })
            }
          >
            <option value="">{t('mapping.none')}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEY[k])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mapping-sample">
        <table>
          <caption>{t('mapping.sample')}</caption>
          <thead>
            <tr>
              {outcome.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {outcome.sample.map((row, i) => (
              <tr key={i}>
                {outcome.header.map((h, j) => (
                  <td key={h}>{row[j] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {fault && <p className="mapping-fault">{tell(fault)}</p>}
      <div className="mapping-actions">
        <button type="submit" disabled={fault !== null}>
          {t('mapping.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
