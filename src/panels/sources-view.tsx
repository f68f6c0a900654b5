import { separateAuthor } from '../data/citation.ts';
import type { Indexes } from '../data/indexes.ts';
import type { ResolvedDataset } from '../data/resolve-dataset.ts';
import type { Source } from '../data/schema.ts';
import { SOURCE_KIND_LABEL, formatDate } from '../data/vocabulary.ts';
import { DatasetList } from './dataset-list.tsx';
import { SourceSwitch } from './source-switch.tsx';

interface SourcesViewProps {
  sources: readonly Source[];
  datasets: readonly ResolvedDataset[];
  storageProblem: string | null;
  onRemoveDataset: (id: string) => void;
  indexes: Indexes;
  hiddenSources: ReadonlySet<string>;
  shownOnMap: string | null;
  onToggleSource: (id: string) => void;
  onShowOnMap: (id: string | null) => void;
  onSelectPlace: (placeId: string) => void;
  /** Opens the whole article, nothing highlighted. */
  onRead: (sourceId: string) => void;
  onClose: () => void;
}

/**
 * The five sources, who is speaking in each, the places each speaks of; then the datasets beside them. Each
 * can be switched off.
 */
export function SourcesView({
  sources,
  datasets,
  storageProblem,
  onRemoveDataset,
  indexes,
  hiddenSources,
  shownOnMap,
  onToggleSource,
  onShowOnMap,
  onSelectPlace,
  onRead,
  onClose,
}: SourcesViewProps) {
  return (
    <section className="panel sources-view" aria-labelledby="sources-title">
      <header className="panel-header">
        <h2 id="sources-title">Sources</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close sources">
          ×
        </button>
      </header>
      <p className="hint">Switch a source off to see only what the others report.</p>
      <ul className="source-list">
        {sources.map((s) => {
          const placeIds = indexes.placeIdsBySource.get(s.id) ?? [];
          const on = !hiddenSources.has(s.id);
          const author = separateAuthor(s);
          return (
            <li key={s.id} className={on ? 'source' : 'source source-off'} data-source={s.id}>
              <SourceSwitch name={s.publisher} on={on} onToggle={() => onToggleSource(s.id)} />
              <p className="source-title">{s.title}</p>
              <p className="source-meta">
                {formatDate(s.date, s.datePrecision)}
                {author && ` · ${author}`} ·{' '}
                <span className={`source-kind kind-${s.kind}`}>{SOURCE_KIND_LABEL[s.kind]}</span>
              </p>
              {s.dateNote && <p className="date-note">{s.dateNote}</p>}
              <p className="speaker">
                <span className="ours">Who is speaking:</span> {s.speaker}
              </p>
              {s.url && (
                <p className="source-url">
                  Original: <span className="url">{s.url}</span>
                </p>
              )}
              <p className="source-places">
                Speaks of:{' '}
                {placeIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <button type="button" className="link-button" onClick={() => onSelectPlace(id)}>
                      {indexes.placeById.get(id)?.nameEn ?? id}
                    </button>
                  </span>
                ))}
              </p>
              <div className="source-actions">
                <button
                  type="button"
                  aria-pressed={shownOnMap === s.id}
                  onClick={() => onShowOnMap(shownOnMap === s.id ? null : s.id)}
                >
                  {shownOnMap === s.id ? 'Stop showing its places' : 'Show its places on the map'}
                </button>
                <button
                  type="button"
                  aria-label={`Read the article: ${s.title}`}
                  onClick={() => onRead(s.id)}
                >
                  Read the article
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <DatasetList
        datasets={datasets}
        hiddenSources={hiddenSources}
        storageProblem={storageProblem}
        onToggle={onToggleSource}
        onRemove={onRemoveDataset}
      />
    </section>
  );
}
