/**
 * Adding a source pack, on the card the dataset import uses: reading, the refusal with every fault named by
 * file › record › field, the ids to settle (keep the map's or rename the pack's), and what was added.
 */
import { useState } from 'react';
import { useDataState } from '../../corpus/data-store.ts';
import { formatProblem } from '../../records/checks/problems.ts';
import type { Settlement } from '../../packs/pack-clashes.ts';
import type { MessageKey } from '../../i18n/message-key.ts';
import type { RecordKind } from '../../records/checks/validate-records.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { clashKey, type PackImport } from './use-pack-import.ts';

const KIND_LABEL: Record<RecordKind, MessageKey> = {
  sources: 'packs.kind.sources',
  places: 'packs.kind.places',
  events: 'packs.kind.events',
  excerpts: 'packs.kind.excerpts',
  claims: 'packs.kind.claims',
};

export function PackImportCard({ packs }: { packs: PackImport }) {
  const { t, tell } = useT();
  const { ownProblem } = useDataState();
  const [choices, setChoices] = useState<Map<string, Settlement>>(new Map());
  const { state } = packs;
  if (state.step === 'idle') return null;
  const close = (
    <button type="button" onClick={packs.close}>
      {t('common.close')}
    </button>
  );
  return (
    <section className="import-panel" role="region" aria-labelledby="pack-title" data-pack-step={state.step}>
      {state.step === 'reading' && <h2 id="pack-title">{t('packs.reading', { file: state.fileName })}</h2>}
      {state.step === 'refused' && (
        <>
          <h2 id="pack-title">{t('import.notAdded', { file: state.fileName })}</h2>
          <p className="import-refusal" role="alert">
            {t('packs.refused', { file: state.fileName, count: state.problems.length })}
          </p>
          <ol className="import-problems pack-problems">
            {state.problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ol>
          {close}
        </>
      )}
      {state.step === 'clashes' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            packs.settle(choices);
          }}
        >
          <h2 id="pack-title">{t('packs.clashTitle', { file: state.fileName })}</h2>
          <p>{t('packs.clashHint')}</p>
          {state.clashes.map((c) => (
            <fieldset key={clashKey(c)} className="pack-clash">
              <legend>{t('packs.clashLabel', { kind: t(KIND_LABEL[c.kind]), id: c.id })}</legend>
              {(['keep', 'rename'] as const).map((how) => (
                <label key={how}>
                  <input
                    type="radio"
                    name={clashKey(c)}
                    required
                    checked={choices.get(clashKey(c)) === how}
                    onChange={() => setChoices(new Map(choices).set(clashKey(c), how))}
                  />{' '}
                  {how === 'keep' ? t('packs.keep') : t('packs.rename', { id: c.renameTo })}
                </label>
              ))}
            </fieldset>
          ))}
          <button type="submit">{t('packs.addSettled')}</button>
          <button type="button" onClick={packs.close}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {state.step === 'added' && (
        <>
          <h2 id="pack-title">
            {state.pack.sources.length +
              state.pack.places.length +
              state.pack.events.length +
              state.pack.excerpts.length >
            0
              ? t('packs.added', {
                  file: state.fileName,
                  sources: state.pack.sources.length,
                  places: state.pack.places.length,
                  events: state.pack.events.length,
                  passages: state.pack.excerpts.length,
                  figures: state.pack.claims.length,
                })
              : t('packs.addedNothing', { file: state.fileName })}
          </h2>
          {ownProblem ? (
            <p className="notice">{t('packs.notKept', { reason: tell(ownProblem) })}</p>
          ) : (
            <p className="import-kept">{t('packs.kept')}</p>
          )}
          {close}
        </>
      )}
    </section>
  );
}
