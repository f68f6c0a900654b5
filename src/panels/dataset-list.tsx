/** The datasets beside the articles in the Sources view: counts, a switch like any source's, and Remove. */
import { FORMAT_LABEL } from '../data/formats/imported-record.ts';
import type { ResolvedDataset } from '../data/resolve-dataset.ts';
import { SourceSwitch } from './source-switch.tsx';

export function DatasetList({
  datasets,
  hiddenSources,
  storageProblem,
  onToggle,
  onRemove,
}: {
  datasets: readonly ResolvedDataset[];
  hiddenSources: ReadonlySet<string>;
  storageProblem: string | null;
  onToggle: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <section className="dataset-section" aria-labelledby="datasets-title">
      <h3 id="datasets-title">Datasets</h3>
      {datasets.length === 0 ? (
        <p className="hint">
          None yet. Add an ACLED or GTD export, a table or GeoJSON with Add data (or drop the file on the
          map); it stays in this browser and is never sent anywhere.
        </p>
      ) : (
        <ul className="source-list">
          {datasets.map(({ info }) => {
            const on = !hiddenSources.has(info.id);
            const unit = info.unit === 'row' ? 'rows' : 'features';
            return (
              <li key={info.id} className={on ? 'source' : 'source source-off'} data-dataset={info.id}>
                <SourceSwitch name={info.name} on={on} onToggle={() => onToggle(info.id)} />
                <p className="source-meta">
                  {FORMAT_LABEL[info.format]} · {info.fileName} ·{' '}
                  {info.published
                    ? 'published with this site'
                    : `added ${info.importedAt.slice(0, 16).replace('T', ' ')} UTC, kept in this browser`}
                </p>
                <p className="dataset-counts">
                  {info.rowsImported.toLocaleString('en')} events from {info.rowsRead.toLocaleString('en')}{' '}
                  {unit}
                  {info.rowsRejected > 0 && ` (${info.rowsRejected.toLocaleString('en')} left out)`};{' '}
                  {info.placesJoined} of the map’s places joined, {info.placesFormed} formed;{' '}
                  {info.eventsLinked} matched to the articles’ events.
                </p>
                {!info.published && (
                  <div className="source-actions">
                    <button
                      type="button"
                      aria-label={`Remove ${info.name}`}
                      onClick={() => onRemove(info.id)}
                    >
                      Remove
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {storageProblem && <p className="notice">{storageProblem}</p>}
    </section>
  );
}
