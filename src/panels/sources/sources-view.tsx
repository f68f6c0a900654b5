import type { Message } from '../../i18n/message.ts';
import { separateAuthor } from '../../corpus/citation.ts';
import type { Indexes } from '../../corpus/indexes.ts';
import type { ResolvedDataset } from '../../datasets/resolve-dataset.ts';
import type { Source } from '../../records/schema.ts';
import { sourceWords } from '../../i18n/our-words.ts';
import { placeName } from '../../i18n/place-names.ts';
import { SOURCE_KIND_KEY } from '../../i18n/vocabulary-keys.ts';
import { DatasetList } from './dataset-list.tsx';
import { SourceSwitch } from './source-switch.tsx';
import { OwnSourcesSection, useOwnSourceRemoval } from '../own-sources/own-sources-section.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

interface SourcesViewProps {
  sources: readonly Source[];
  /** The reader's own sources among them (kept in this browser, removable). */
  ownSourceIds: ReadonlySet<string>;
  onAddArticle: () => void;
  onMarkPassages: (sourceId: string) => void;
  datasets: readonly ResolvedDataset[];
  storageProblem: Message | null;
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
  ownSourceIds,
  onAddArticle,
  onMarkPassages,
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
  const { t, date, lang } = useT();
  const removal = useOwnSourceRemoval();
  return (
    <section className="panel sources-view" aria-labelledby="sources-title">
      <header className="panel-header">
        <h2 id="sources-title">{t('sources.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('sources.close')}>
          ×
        </button>
      </header>
      <p className="hint">{t('sources.hint')}</p>
      <OwnSourcesSection removal={removal} onAddArticle={onAddArticle} />
      <ul className="source-list">
        {sources.map((s) => {
          const placeIds = indexes.placeIdsBySource.get(s.id) ?? [];
          const on = !hiddenSources.has(s.id);
          const author = separateAuthor(s);
          const words = sourceWords(indexes.translations, lang, s);
          return (
            <li key={s.id} className={on ? 'source' : 'source source-off'} data-source={s.id}>
              <SourceSwitch name={s.publisher} on={on} onToggle={() => onToggleSource(s.id)} />
              <p className="source-title" lang={s.language ?? 'en'}>
                {s.title}
              </p>
              {ownSourceIds.has(s.id) && <p className="source-yours">{t('sources.yours')}</p>}
              <p className="source-meta">
                {date(s.date, s.datePrecision)}
                {author && ` · ${author}`} ·{' '}
                <span className={`source-kind kind-${s.kind}`}>{t(SOURCE_KIND_KEY[s.kind])}</span>
              </p>
              {words.dateNote && (
                <p className="date-note" lang={words.dateNote.lang}>
                  {words.dateNote.text}
                </p>
              )}
              <p className="speaker">
                <span className="ours">{t('sources.speaker')}</span>{' '}
                <span lang={words.speaker.lang}>{words.speaker.text}</span>
              </p>
              {s.url && (
                <p className="source-url">
                  {t('sources.original')} <span className="url">{s.url}</span>
                </p>
              )}
              <p className="source-places">
                {t('sources.speaksOf')}{' '}
                {placeIds.map((id, i) => {
                  const place = indexes.placeById.get(id);
                  return (
                    <span key={id}>
                      {i > 0 && ', '}
                      <button type="button" className="link-button" onClick={() => onSelectPlace(id)}>
                        {place ? placeName(place, lang) : id}
                      </button>
                    </span>
                  );
                })}
              </p>
              <div className="source-actions">
                <button
                  type="button"
                  aria-pressed={shownOnMap === s.id}
                  onClick={() => onShowOnMap(shownOnMap === s.id ? null : s.id)}
                >
                  {shownOnMap === s.id ? t('sources.stopShowing') : t('sources.showOnMap')}
                </button>
                <button
                  type="button"
                  aria-label={t('sources.readLabel', { title: s.title })}
                  onClick={() => onRead(s.id)}
                >
                  {t('sources.read')}
                </button>
                {ownSourceIds.has(s.id) && (
                  <button
                    type="button"
                    aria-label={t('author.markPassagesLabel', { title: s.title })}
                    onClick={() => onMarkPassages(s.id)}
                  >
                    {t('author.markPassages')}
                  </button>
                )}
                {ownSourceIds.has(s.id) && (
                  <button
                    type="button"
                    aria-label={t('sources.removeLabel', { title: s.title })}
                    onClick={() => removal.remove(s)}
                  >
                    {t('sources.remove')}
                  </button>
                )}
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
