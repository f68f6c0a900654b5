/**
 * The reader's page: header (search, views), map or list, legend and timeline, and the side panel.
 * Data arrive from the data store; the selection lives in the URL; the map only draws and filters.
 */
import type { Message } from '../i18n/message.ts';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { removeDataset, useDataState } from '../corpus/data-store.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';
import { buildIndexes, type Indexes } from '../corpus/indexes.ts';
import type { AppData, LoadFailure } from '../corpus/load-data.ts';
import type { EventKind, Excerpt } from '../records/schema.ts';
import { matchesSelection, type Reading } from '../corpus/selection.ts';
import { makeExport, type ExportKind } from '../export/make-export.ts';
import { saveFile } from '../export/save-file.ts';
import { archiveYears } from '../corpus/event-archive.ts';
import { pmtilesUrl } from '../map/basemap/pmtiles-protocol.ts';
import { eventYears } from '../map/events/map-events.ts';
import { useEventTiles } from '../map/events/use-event-tiles.ts';
import { MapView } from '../map/map-view.tsx';
import { ErrorBoundary } from '../panels/error-boundary.tsx';
import { ImportPanel } from '../panels/import/import-panel.tsx';
import { EventList } from '../panels/event-list.tsx';
import { Legend } from '../panels/legend.tsx';
import { LoadFailures, MapMissing, PanelFault } from '../panels/notices.tsx';
import { PlacePanel } from '../panels/place/place-panel.tsx';
import { SelectionStatus } from '../panels/selection-status.tsx';
import { SourceReader } from '../panels/reader/source-reader.tsx';
import { SourcesView } from '../panels/sources/sources-view.tsx';
import { Timeline } from '../panels/timeline.tsx';
import { TopBar, type View } from '../panels/top-bar.tsx';
import { useLoadFailures } from './use-load-failures.ts';
import { useImport } from '../panels/import/use-import.ts';
import { useMapRecovery } from './use-map-recovery.ts';
import { useSelectionCounts } from './use-selection-counts.ts';
import { useUrlSelection } from './use-url-selection.ts';
import { TranslatorProvider } from '../i18n/i18n-context.tsx';
import { preferredLanguage, type Language } from '../i18n/languages.ts';
import { translator } from '../i18n/translator.ts';

const NO_EXCERPTS: readonly Excerpt[] = [];

export function App() {
  const { status, loadedOnce, data, failures, datasets, storageProblem, progress } = useDataState();
  // The map starts at once, while the data load, so the basemap is not kept waiting for the sources.
  return (
    <Reader
      data={data}
      failures={failures}
      loadedOnce={loadedOnce}
      retrying={status === 'loading'}
      datasets={datasets}
      storageProblem={storageProblem}
      progress={progress}
    />
  );
}

function toggle<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

function Reader({
  data,
  failures,
  loadedOnce,
  retrying,
  datasets,
  storageProblem,
  progress,
}: {
  data: AppData;
  failures: readonly LoadFailure[];
  loadedOnce: boolean;
  retrying: boolean;
  datasets: readonly ResolvedDataset[];
  storageProblem: Message | null;
  progress: { file: string; fraction: number } | null;
}) {
  const indexes: Indexes = useMemo(() => buildIndexes(data, datasets), [data, datasets]);
  const known = useMemo(
    () => ({
      placeIds: new Set(indexes.placeById.keys()),
      // Datasets are switched on and off like sources, and named in the URL the same way.
      sourceIds: [...data.sources.map((s) => s.id), ...indexes.datasetById.keys()],
      excerptById: indexes.excerptById,
      years: indexes.years,
    }),
    [indexes, data.sources],
  );
  const imports = useImport(useCallback(() => known.sourceIds, [known]));
  const [dropping, setDropping] = useState(false);
  const dropHandlers = {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target) setDropping(false);
    },
    onDrop: (e: DragEvent) => {
      const file = e.dataTransfer.files[0];
      setDropping(false);
      if (!file) return;
      e.preventDefault();
      imports.importFile(file);
    },
  };
  const [selection, setSelection] = useUrlSelection(known, loadedOnce);
  // The reader's choice (the URL, or the switch that writes it), else the browser's languages, else English.
  const [browserLanguage] = useState(() => preferredLanguage(navigator.languages ?? [navigator.language]));
  const lang = selection.lang ?? browserLanguage;
  const { t, tell } = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const chooseLanguage = useCallback(
    (next: Language) => setSelection((s) => ({ ...s, lang: next })),
    [setSelection],
  );
  const { mapProblem, mapKey, restoreCamera, onContextLost, onStartFailure, onMapStopped } = useMapRecovery();
  const loadFailures = useLoadFailures(failures, retrying);
  const [view, setView] = useState<View>('map');
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const [sourceOnMap, setSourceOnMap] = useState<string | null>(null);
  // The article open in the reader, at one of its passages or (from the sources view) from the top.
  const reading = selection.reading;
  const setReading = useCallback(
    (next: Reading | null) => setSelection((s) => ({ ...s, reading: next })),
    [setSelection],
  );
  const readExcerpt = useCallback(
    (excerptId: string) => {
      const excerpt = indexes.excerptById.get(excerptId);
      if (excerpt) setReading({ sourceId: excerpt.sourceId, excerptId });
    },
    [indexes, setReading],
  );
  const panelRef = useRef<HTMLElement>(null);

  const selectPlace = useCallback(
    (placeId: string | null) => {
      // An event whose place is missing from the data (a file partly left out) opens nothing, not an empty panel.
      if (placeId !== null && !indexes.placeById.has(placeId)) return;
      setSelection((s) => ({ ...s, placeId }));
    },
    [setSelection, indexes],
  );
  const selectYear = useCallback(
    (year: number | null) => setSelection((s) => ({ ...s, year })),
    [setSelection],
  );
  const toggleKind = useCallback(
    (kind: EventKind) => setSelection((s) => ({ ...s, kinds: toggle(s.kinds, kind) })),
    [setSelection],
  );

  // Events that at least one switched-on source reports: the map's data changes only when sources do.
  const hidden = selection.hiddenSources;
  const eventTiles = useEventTiles(data.events, datasets, hidden);
  const years = useMemo(
    () => eventYears(indexes.baseEvents, indexes.datasetParts, hidden),
    [indexes, hidden],
  );
  // The map takes new data one render after the rest of the page (a new year's layers cost MapLibre a check
  // each): adding a large dataset then costs the page two shorter tasks instead of one long one.
  const archive = useMemo(() => {
    const manifest = indexes.archive;
    if (!manifest) return null;
    const sourceIds = [...new Set(manifest.tallies.flatMap((t) => t.sourceIds))];
    return { url: pmtilesUrl(`data/${manifest.tiles}`), years: [...archiveYears(manifest)], sourceIds };
  }, [indexes.archive]);
  const mapTiles = useDeferredValue(eventTiles);
  const mapYears = useDeferredValue(years);
  const counts = useSelectionCounts(indexes, selection);
  const sourcePlaceIds = useMemo(
    () => (sourceOnMap ? (indexes.placeIdsBySource.get(sourceOnMap) ?? []) : []),
    [sourceOnMap, indexes],
  );
  const highlighted = useMemo(
    () => (selection.placeId ? [...sourcePlaceIds, selection.placeId] : sourcePlaceIds),
    [sourcePlaceIds, selection.placeId],
  );

  // Esc closes the panel (the reader dialog handles its own Esc).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || reading) return;
      if (selection.placeId) selectPlace(null);
      else if (sourcesOpen) setSourcesOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reading, selection.placeId, sourcesOpen, selectPlace]);

  const exportFile = useCallback(
    async (kind: ExportKind) => {
      const featureSets = [data.events.features, ...datasets.map((d) => d.events)];
      const file = await makeExport(kind, {
        featureSets,
        indexes,
        selection,
        made: new Date(),
        translator: translator(lang),
      });
      saveFile(file.blob, file.fileName);
    },
    [data.events, datasets, indexes, selection, lang],
  );

  const showMap = view === 'map' && mapProblem === null;
  // Filtered only while the list is shown, and only when the selection changes: the data may hold 100,000.
  const listEvents = useMemo(
    () => (showMap ? [] : indexes.events.filter((e) => matchesSelection(e, selection))),
    [showMap, indexes, selection],
  );
  const readingExcerpt = reading?.excerptId ? (indexes.excerptById.get(reading.excerptId) ?? null) : null;
  const readingSource = reading ? indexes.sourceById.get(reading.sourceId) : undefined;
  const panelOpen = selection.placeId !== null || sourcesOpen;

  return (
    <TranslatorProvider lang={lang}>
      <div className={`app ${panelOpen ? 'with-panel' : ''}`} data-status={loadedOnce ? 'ready' : 'loading'}>
        <TopBar
          places={indexes.places}
          view={view}
          mapAvailable={mapProblem === null}
          sourcesShown={sourcesOpen && selection.placeId === null}
          onChoosePlace={selectPlace}
          onView={setView}
          onAddData={imports.importFile}
          lang={lang}
          onChooseLanguage={chooseLanguage}
          shownCount={counts.shown}
          archived={indexes.archive !== null}
          onExport={exportFile}
          onOpenSources={() => {
            selectPlace(null);
            setSourcesOpen(true);
          }}
        />

        <LoadFailures failures={loadFailures.failures} onRetry={loadFailures.retry} />

        <main className={dropping ? 'stage stage-drop' : 'stage'} {...dropHandlers}>
          {dropping && (
            <p className="drop-hint" aria-hidden="true">
              {t('app.drop')}
            </p>
          )}
          <ImportPanel controls={imports} />
          {!loadedOnce && (
            // Over the map, not above it: a notice that pushed the map down would resize it when it goes.
            <p className="notice loading-overlay" role="status">
              {t('app.loading')}
              {progress && (
                // A large events file is checked record by record in a worker; the page answers meanwhile.
                <label className="load-progress">
                  {t('app.checking', { file: progress.file.replace(/^data\//, '') })}
                  <progress max={1} value={progress.fraction} />
                </label>
              )}
            </p>
          )}
          {showMap ? (
            <div className="map-wrap">
              <ErrorBoundary
                key={mapKey}
                fallback={() => null}
                // The list takes the map's place, with the reason, as it does without WebGL.
                onError={onMapStopped}
              >
                <MapView
                  eventTiles={mapTiles}
                  archive={archive}
                  eventYears={mapYears}
                  places={data.places}
                  selection={selection}
                  dataReady={loadedOnce}
                  highlightedPlaceIds={highlighted}
                  sourcePlaceIds={sourcePlaceIds}
                  onSelectPlace={selectPlace}
                  restoreCamera={restoreCamera}
                  onContextLost={onContextLost}
                  panelRef={panelRef}
                  onStartFailure={onStartFailure}
                  onBasemapFailure={loadFailures.onBasemapFailure}
                  basemapAttempt={loadFailures.basemapAttempt}
                />
              </ErrorBoundary>
            </div>
          ) : (
            <div className="list-wrap">
              {mapProblem && <MapMissing reason={tell(mapProblem)} />}
              {indexes.archive && (
                <p className="notice archive-list-note">
                  {t('app.archiveList', { count: indexes.archive.count })}
                </p>
              )}
              <EventList
                events={listEvents}
                indexes={indexes}
                hiddenSources={hidden}
                onSelectPlace={selectPlace}
              />
            </div>
          )}
          <div className="controls">
            <Legend
              kinds={selection.kinds}
              counts={counts.byKind}
              comparisons={selection.comparisons}
              comparisonCount={counts.comparisons}
              onToggleKind={toggleKind}
              onToggleComparisons={() => setSelection((s) => ({ ...s, comparisons: !s.comparisons }))}
            />
            <Timeline
              years={indexes.years}
              year={selection.year}
              countsByYear={counts.byYear}
              onSelectYear={selectYear}
            />
            {loadedOnce && <SelectionStatus shown={counts.shown} year={selection.year} />}
          </div>
        </main>

        {panelOpen && (
          <aside className="side" aria-label={t('app.details')} ref={panelRef}>
            <ErrorBoundary
              key={selection.placeId ?? 'sources'}
              fallback={(error) => (
                <PanelFault
                  error={error}
                  onClose={() => (selection.placeId !== null ? selectPlace(null) : setSourcesOpen(false))}
                />
              )}
            >
              {selection.placeId !== null ? (
                <PlacePanel
                  key={selection.placeId}
                  placeId={selection.placeId}
                  indexes={indexes}
                  selection={selection}
                  onClose={() => selectPlace(null)}
                  onRead={readExcerpt}
                  onSelectPlace={selectPlace}
                  onShowAllYears={() => selectYear(null)}
                />
              ) : (
                <SourcesView
                  sources={data.sources}
                  datasets={datasets}
                  storageProblem={storageProblem}
                  onRemoveDataset={(id) => void removeDataset(id)}
                  indexes={indexes}
                  hiddenSources={hidden}
                  shownOnMap={sourceOnMap}
                  onToggleSource={(id) =>
                    setSelection((s) => ({ ...s, hiddenSources: toggle(s.hiddenSources, id) }))
                  }
                  onShowOnMap={setSourceOnMap}
                  onSelectPlace={(id) => selectPlace(id)}
                  onRead={(sourceId) => setReading({ sourceId, excerptId: null })}
                  onClose={() => setSourcesOpen(false)}
                />
              )}
            </ErrorBoundary>
          </aside>
        )}

        {readingSource && (
          <SourceReader
            key={`${reading?.sourceId}/${reading?.excerptId}`}
            excerpt={readingExcerpt}
            source={readingSource}
            quoted={indexes.excerptsBySource.get(readingSource.id) ?? NO_EXCERPTS}
            onClose={() => setReading(null)}
          />
        )}
      </div>
    </TranslatorProvider>
  );
}
