/** The datasets beside the articles in the Sources view: counts, a switch like any source's, and Remove. */
import type { Message } from '../../i18n/message.ts';
import { FORMAT_LABEL } from '../../formats/imported-record.ts';
import type { ResolvedDataset } from '../../datasets/resolve-dataset.ts';
import { SourceSwitch } from './source-switch.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

export function DatasetList({
  datasets,
  hiddenSources,
  storageProblem,
  onToggle,
  onRemove,
}: {
  datasets: readonly ResolvedDataset[];
  hiddenSources: ReadonlySet<string>;
  storageProblem: Message | null;
  onToggle: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const { t, tell } = useT();
  return (
    <section className="dataset-section" aria-labelledby="datasets-title">
      <h3 id="datasets-title">{t('datasets.title')}</h3>
      {datasets.length === 0 ? (
        <p className="hint">{t('datasets.none')}</p>
      ) : (
        <ul className="source-list">
          {datasets.map(({ info }) => {
            const on = !hiddenSources.has(info.id);
            return (
              <li key={info.id} className={on ? 'source' : 'source source-off'} data-dataset={info.id}>
                <SourceSwitch name={info.name} on={on} onToggle={() => onToggle(info.id)} />
                <p className="source-meta">
                  {t(FORMAT_LABEL[info.format])} · {info.fileName} ·{' '}
                  {info.published
                    ? t('datasets.published')
                    : t('datasets.added', { at: info.importedAt.slice(0, 16).replace('T', ' ') })}
                </p>
                <p className="dataset-counts">
                  {t(info.unit === 'row' ? 'datasets.countsRows' : 'datasets.countsFeatures', {
                    events: info.rowsImported,
                    read: info.rowsRead,
                    rejected: info.rowsRejected,
                  })}{' '}
                  {t('datasets.places', {
                    joined: info.placesJoined,
                    formed: info.placesFormed,
                    linked: info.eventsLinked,
                  })}
                </p>
                {!info.published && (
                  <div className="source-actions">
                    <button
                      type="button"
                      aria-label={t('datasets.removeLabel', { name: info.name })}
                      onClick={() => onRemove(info.id)}
                    >
                      {t('datasets.remove')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {storageProblem && <p className="notice">{tell(storageProblem)}</p>}
    </section>
  );
}
