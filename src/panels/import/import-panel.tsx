/**
 * Adding a dataset: the Add data button (with its file input), and a card over the map (not modal: the page
 * stays usable while a file is read) that shows progress and Cancel, asks for a table's columns, and reports
 * what was imported and every row left out.
 */
import { useRef, useState } from 'react';
import { ENCODING_LABEL, ENCODINGS, type Encoding } from '../../formats/decode.ts';
import type { ImportStage } from '../../import/import-messages.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import { FORMAT_LABEL, rowProblemMessage } from '../../formats/imported-record.ts';
import type { ImportControls } from './use-import.ts';
import { MappingForm } from './mapping-form.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

const STAGE_LABEL: Record<ImportStage, MessageKey> = {
  reading: 'import.stageReading',
  parsing: 'import.stageParsing',
  checking: 'import.stageChecking',
  saving: 'import.stageSaving',
};

/** At most this many problems are listed on the page; all of them can be copied. */
const PROBLEMS_SHOWN = 500;

export const ACCEPTED_FILES =
  '.csv,.tsv,.txt,.json,.geojson,.zip,text/csv,application/json,application/geo+json,application/zip';

export function AddDataButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={t('import.addTitle')}>
        {t('import.add')}
      </button>
      <input
        ref={input}
        id="add-data-input"
        type="file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.addInput')}
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
  const { t, tell } = useT();
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
          <h2 id="import-title">{t('import.adding', { file: state.fileName })}</h2>
          <label className="import-progress">
            {t(STAGE_LABEL[state.stage])}…
            <progress max={1} value={state.fraction} />
          </label>
          <button type="button" onClick={controls.cancel}>
            {t('common.cancel')}
          </button>
        </>
      )}
      {state.step === 'mapping' && (
        <>
          <h2 id="import-title">{t('import.whichColumn', { file: state.file.name })}</h2>
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
          <h2 id="import-title">{t('import.notAdded', { file: state.fileName })}</h2>
          <p className="import-refusal" role="alert">
            {tell(state.message)}
          </p>
          <button type="button" onClick={controls.close}>
            {t('common.close')}
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
  const { t, tell } = useT();
  const { info, problems } = state;
  const [copied, setCopied] = useState(false);
  const lines = problems.map((p) => tell(rowProblemMessage(p, info.unit)));
  const label = ENCODING_LABEL[info.encoding as Encoding];
  const encoding = label ? t(label) : info.encoding;
  return (
    <>
      <h2 id="import-title">
        {info.rowsImported > 0
          ? t('import.added', { name: info.name })
          : t('import.nothingAdded', { file: info.fileName })}
      </h2>
      <p role="status" className="import-summary">
        {t(FORMAT_LABEL[info.format])}:{' '}
        {t(info.unit === 'row' ? 'import.summaryRows' : 'import.summaryFeatures', {
          imported: info.rowsImported,
          read: info.rowsRead,
          rejected: info.rowsRejected,
        })}
      </p>
      {info.rowsImported > 0 && (
        <p className="import-places">
          {t('import.places', {
            joined: info.placesJoined,
            formed: info.placesFormed,
            linked: info.eventsLinked,
          })}
        </p>
      )}
      <p className="import-encoding">
        {state.encodingHow === 'guessed'
          ? t('import.encodingGuessed', { encoding })
          : t('import.encoding', { encoding })}{' '}
        <label>
          {t('import.rereadAs')}{' '}
          <select
            value=""
            onChange={(e) => e.target.value && controls.rereadAs(e.target.value as Encoding)}
            aria-label={t('import.rereadLabel')}
          >
            <option value="">{t('import.choose')}</option>
            {ENCODINGS.filter((e) => e !== info.encoding).map((e) => (
              <option key={e} value={e}>
                {t(ENCODING_LABEL[e])}
              </option>
            ))}
          </select>
        </label>
      </p>
      {info.rowsImported > 0 &&
        (state.saved === 'saving' ? (
          <p className="import-kept">{t('import.keeping')}</p>
        ) : state.saved === 'saved' ? (
          <p className="import-kept" data-kept="true">
            {t('import.kept')}
          </p>
        ) : (
          <p className="notice">{t('import.notKept', { reason: tell(state.saved) })}</p>
        ))}
      {lines.length > 0 && (
        <>
          <h3>{t('import.leftOut')}</h3>
          <ol className="import-problems">
            {lines.slice(0, PROBLEMS_SHOWN).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
          {lines.length > PROBLEMS_SHOWN && (
            <p>{t('import.andMore', { count: lines.length - PROBLEMS_SHOWN })}</p>
          )}
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(lines.join('\n')).then(
                () => setCopied(true),
                () => undefined,
              )
            }
          >
            {copied ? t('import.copied') : t('import.copyList')}
          </button>
        </>
      )}
      <button type="button" onClick={controls.close}>
        {t('common.close')}
      </button>
    </>
  );
}
