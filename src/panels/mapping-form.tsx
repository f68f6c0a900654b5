/** The small form that maps a table's columns to what the map needs, with the file's first rows beside it. */
import { useState } from 'react';
import { EVENT_KINDS, type EventKind } from '../data/schema.ts';
import { MAPPING_FIELDS, mappingFault, type TableMapping } from '../data/formats/table.ts';
import type { NeedsMapping } from '../data/import-messages.ts';
import { KIND_STYLE } from '../data/vocabulary.ts';

const FIELD_LABEL: Record<(typeof MAPPING_FIELDS)[number], string> = {
  date: 'Date (needed)',
  latitude: 'Latitude (needed)',
  longitude: 'Longitude (needed)',
  kind: 'Kind of event',
  description: 'Description (shown verbatim)',
  source: 'Source (shown as its citation)',
  id: 'Id of the row',
  location: 'Location name',
  killed: 'Killed (a figure)',
  injured: 'Injured (a figure)',
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
      <p className="hint">
        The map needs a date, a latitude and a longitude for every row; the rest is optional. A blank cell
        stays blank.
      </p>
      <div className="mapping-fields">
        {MAPPING_FIELDS.map((field) => (
          <label key={field}>
            {FIELD_LABEL[field]}
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
              <option value="">(none)</option>
              {outcome.header.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Kind of every row, where no column says it
          <select
            name="defaultKind"
            value={mapping.defaultKind ?? ''}
            onChange={(e) =>
              setMapping({ ...mapping, defaultKind: (e.target.value || null) as EventKind | null })
            }
          >
            <option value="">(none)</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_STYLE[k].label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mapping-sample">
        <table>
          <caption>The file’s first rows</caption>
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
      {fault && <p className="mapping-fault">{fault}</p>}
      <div className="mapping-actions">
        <button type="submit" disabled={fault !== null}>
          Import with these columns
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
