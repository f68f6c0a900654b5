/**
 * Adding a dataset: the Add data button (with its file input), and a card over the map (not modal: the page
 * stays usable while a file is read) that shows progress and Cancel, asks for a table's columns, and reports
 * what was imported and every row left out.
 */
import { useRef, useState } from 'react';
import { ENCODING_LABEL, ENCODINGS, type Encoding } from '../data/formats/decode.ts';
import { FORMAT_LABEL, formatRowProblem } from '../data/formats/imported-record.ts';
import type { ImportControls } from '../state/use-import.ts';
import { MappingForm } from './mapping-form.tsx';

const STAGE_LABEL = {
  reading: 'Reading the file',
  parsing: 'Parsing rows',
  checking: 'Checking rows and placing events',
  saving: 'Keeping it in this browser',
} as const;

/** At most this many problems are listed on the page; all of them can be copied. */
const PROBLEMS_SHOWN = 500;

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json';

export function AddDataButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Add an ACLED or GTD export, a table or GeoJSON; or drop a file on the map"
      >
        Add data
      </button>
      <input
        ref={input}
        id="add-data-input"
        type="file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Add data: choose a file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

export function ImportPanel({ controls }: { controls: ImportControls }) {
  const { state } = controls;
  if (state.step === 'idle') return null;
  return (
    <section
      className="import-panel"
      role="region"
      aria-labelledby="import-title"
      data-import-step={state.step}
    >
      {state.step === 'running' && (
        <>
          <h2 id="import-title">Adding {state.fileName}</h2>
          <label className="import-progress">
            {STAGE_LABEL[state.stage]}…
            <progress max={1} value={state.fraction} />
          </label>
          <button type="button" onClick={controls.cancel}>
            Cancel
          </button>
        </>
      )}
      {state.step === 'mapping' && (
        <>
          <h2 id="import-title">Which column holds what in {state.file.name}?</h2>
          <MappingForm
            outcome={state.outcome}
            initial={state.initial}
            onSubmit={controls.submitMapping}
            onCancel={controls.cancel}
          />
        </>
      )}
      {state.step === 'refused' && (
        <>
          <h2 id="import-title">{state.fileName} was not added</h2>
          <p className="import-refusal" role="alert">
            {state.message}
          </p>
          <button type="button" onClick={controls.close}>
            Close
          </button>
        </>
      )}
      {state.step === 'done' && <ImportReport controls={controls} state={state} />}
    </section>
  );
}

function ImportReport({
  controls,
  state,
}: {
  controls: ImportControls;
  state: Extract<ImportControls['state'], { step: 'done' }>;
}) {
  const { info, problems } = state;
  const [copied, setCopied] = useState(false);
  const lines = problems.map((p) => formatRowProblem(p, info.unit));
  const unit = info.unit === 'row' ? 'rows' : 'features';
  return (
    <>
      <h2 id="import-title">
        {info.rowsImported > 0 ? `Added ${info.name}` : `Nothing added from ${info.fileName}`}
      </h2>
      <p role="status" className="import-summary">
        {FORMAT_LABEL[info.format]}: {info.rowsImported.toLocaleString('en')} of{' '}
        {info.rowsRead.toLocaleString('en')} {unit} imported as events
        {info.rowsRejected > 0 && `; ${info.rowsRejected.toLocaleString('en')} left out, each named below`}.
      </p>
      {info.rowsImported > 0 && (
        <p className="import-places">
          {info.placesJoined} of the map’s places joined, {info.placesFormed} new places formed;{' '}
          {info.eventsLinked} events matched to an event the articles report.
        </p>
      )}
      <p className="import-encoding">
        {state.encodingHow === 'guessed'
          ? `The file is not UTF-8: it was read as ${ENCODING_LABEL[info.encoding as Encoding] ?? info.encoding}.`
          : `Read as ${ENCODING_LABEL[info.encoding as Encoding] ?? info.encoding}.`}{' '}
        <label>
          If the letters look wrong, read it again as{' '}
          <select
            value=""
            onChange={(e) => e.target.value && controls.rereadAs(e.target.value as Encoding)}
            aria-label="Read the file again in another encoding"
          >
            <option value="">choose…</option>
            {ENCODINGS.filter((e) => e !== info.encoding).map((e) => (
              <option key={e} value={e}>
                {ENCODING_LABEL[e]}
              </option>
            ))}
          </select>
        </label>
      </p>
      {info.rowsImported > 0 &&
        (state.saved === 'saving' ? (
          <p className="import-kept">Keeping it in this browser…</p>
        ) : state.saved === 'saved' ? (
          <p className="import-kept" data-kept="true">
            Kept in this browser (never sent anywhere) until you remove it in Sources.
          </p>
        ) : (
          <p className="notice">It is shown now but will not be kept after a reload: {state.saved}</p>
        ))}
      {lines.length > 0 && (
        <>
          <h3>Left out</h3>
          <ol className="import-problems">
            {lines.slice(0, PROBLEMS_SHOWN).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
          {lines.length > PROBLEMS_SHOWN && <p>…and {lines.length - PROBLEMS_SHOWN} more.</p>}
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(lines.join('\n')).then(
                () => setCopied(true),
                () => undefined,
              )
            }
          >
            {copied ? 'Copied' : 'Copy the whole list'}
          </button>
        </>
      )}
      <button type="button" onClick={controls.close}>
        Close
      </button>
    </>
  );
}
