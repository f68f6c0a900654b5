/**
 * The reader's page: header (search, views), map or list, legend and timeline, and the side panel; embedded
 * (`?embed=1`), the same without the header. Data arrive from the data store; the selection lives in the URL;
 * the map only draws and filters.
 */
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useDataState } from '../corpus/data-store.ts';
import { buildIndexes, type Indexes } from '../corpus/indexes.ts';
import type { AppData, LoadFailure } from '../corpus/load-data.ts';
import { matchesSelection } from '../corpus/selection.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';
import { TranslatorProvider } from '../i18n/i18n-context.tsx';
import type { Message } from '../i18n/message.ts';
import { translator } from '../i18n/translator.ts';
import { MapView } from '../map/map-view.tsx';
import type { Excerpt } from '../records/schema.ts';
import { ErrorBoundary } from '../panels/error-boundary.tsx';
import { EventList } from '../panels/event-list.tsx';
import { ImportPanel } from '../panels/import/import-panel.tsx';
import { useImport } from '../panels/import/use-import.ts';
import { PackImportCard } from '../panels/own-sources/pack-import-card.tsx';
import { isPackFile, usePackImport } from '../panels/own-sources/use-pack-import.ts';
import { Legend } from '../panels/legend.tsx';
import { KeptOffline, LoadFailures, MapMissing, UpdateReady } from '../panels/notices.tsx';
import { FullMapLink } from '../panels/full-map-link.tsx';
import { isEmbedded } from '../export/embed-code.ts';
import { offlineState } from '../offline/register-offline.ts';
import { SourceReader } from '../panels/reader/source-reader.tsx';
import { SelectionStatus } from '../panels/selection-status.tsx';
import { Timeline } from '../panels/timeline/timeline.tsx';
import { TopBar, type View } from '../panels/top-bar.tsx';
import { AuthoringDialogs, useAuthoring } from './authoring-dialogs.tsx';
import { LoadingNote } from './loading-note.tsx';
import { SidePanel } from './side-panel.tsx';
import { useDropImport } from './use-drop-import.ts';
import { useEscapeCloses } from './use-escape-closes.ts';
import { useExportFile } from './use-export-file.ts';
import { useLoadFailures } from './use-load-failures.ts';
import { useMapContent } from './use-map-content.ts';
import { useMapRecovery } from './use-map-recovery.ts';
import { useReaderActions } from './use-reader-actions.ts';
import { useReaderLanguage } from './use-reader-language.ts';
import { useSelectionCounts, useTimeIndex } from './use-selection-counts.ts';
import { useUrlSelection } from './use-url-selection.ts';

const NO_EXCERPTS: readonly Excerpt[] = [];
/** `?embed=1`: a newsroom's frame, with map, legend and timeline and no top bar (export/embed-code.ts). */
const EMBEDDED = isEmbedded(window.location.search);

export function App() {
  const { status, loadedOnce, data, failures, datasets, storageProblem, progress, own } = useDataState();
  const ownSourceIds = useMemo(() => new Set(own.sources.map((s) => s.id)), [own]);
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
      ownSourceIds={ownSourceIds}
    />
  );
}

interface ReaderProps {
  data: AppData;
  failures: readonly LoadFailure[];
  loadedOnce: boolean;
  retrying: boolean;
  datasets: readonly ResolvedDataset[];
  storageProblem: Message | null;
  progress: { file: string; fraction: number } | null;
  ownSourceIds: ReadonlySet<string>;
}

function Reader(props: ReaderProps) {
  const { data, failures, loadedOnce, retrying, datasets, storageProblem, progress } = props;
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
  const packs = usePackImport();
  const { importFile } = imports;
  const { readFile: readPackFile } = packs;
  // A .zip is a source pack; every other file is a dataset.
  const addFile = useCallback(
    (file: File) => (isPackFile(file) ? readPackFile(file) : importFile(file)),
    [readPackFile, importFile],
  );
  const { dropping, dropHandlers } = useDropImport(addFile);
  const [selection, setSelection] = useUrlSelection(known, loadedOnce, EMBEDDED);
  const { lang, chooseLanguage } = useReaderLanguage(selection.lang, setSelection);
  const { t, tell } = translator(lang);
  const recovery = useMapRecovery();
  const offline = useSyncExternalStore(offlineState.subscribe, offlineState.current);
  const loadFailures = useLoadFailures(failures, retrying);
  const [view, setView] = useState<View>('map');
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const closeSources = useCallback(() => setSourcesOpen(false), []);
  const [sourceOnMap, setSourceOnMap] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const actions = useReaderActions(indexes, setSelection);
  const mapContent = useMapContent(data, datasets, indexes, selection, sourceOnMap, loadedOnce);
  const time = useTimeIndex(indexes, selection.hiddenSources);
  const counts = useSelectionCounts(indexes, time, selection);
  const shownKinds = useMemo(
    () => ({ kinds: selection.kinds, comparisons: selection.comparisons }),
    [selection.kinds, selection.comparisons],
  );
  const reading = selection.reading;
  const closePlace = useCallback(() => actions.selectPlace(null), [actions]);
  useEscapeCloses(reading !== null, selection.placeId !== null, sourcesOpen, closePlace, closeSources);
  const exportFile = useExportFile(data, datasets, indexes, selection, lang);
  const authoring = useAuthoring(indexes);
  const markingIn = authoring.markingIn ? indexes.sourceById.get(authoring.markingIn) : undefined;

  const showMap = view === 'map' && recovery.mapProblem === null;
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
      <div
        className={`app ${panelOpen ? 'with-panel' : ''} ${EMBEDDED ? 'embedded' : ''}`}
        data-status={loadedOnce ? 'ready' : 'loading'}
      >
        {!EMBEDDED && (
          <TopBar
            places={indexes.places}
            view={view}
            mapAvailable={recovery.mapProblem === null}
            sourcesShown={sourcesOpen && selection.placeId === null}
            onChoosePlace={actions.selectPlace}
            onView={setView}
            onAddData={addFile}
            lang={lang}
            onChooseLanguage={chooseLanguage}
            shownCount={counts.shown}
            archived={indexes.archive !== null}
            onExport={exportFile}
            onOpenSources={() => {
              actions.selectPlace(null);
              setSourcesOpen(true);
            }}
          />
        )}

        <LoadFailures failures={loadFailures.failures} onRetry={loadFailures.retry} />
        <UpdateReady onApply={offline.applyUpdate} />

        <main className={dropping ? 'stage stage-drop' : 'stage'} {...dropHandlers}>
          {dropping && (
            <p className="drop-hint" aria-hidden="true">
              {t('app.drop')}
            </p>
          )}
          <ImportPanel controls={imports} />
          <PackImportCard key={packs.state.step === 'idle' ? 'idle' : packs.state.fileName} packs={packs} />
          {!loadedOnce && <LoadingNote progress={progress} />}
          <KeptOffline shown={offline.keptOffline} onClose={offlineState.dismissKept} />
          {EMBEDDED && <FullMapLink />}
          {showMap ? (
            <div className="map-wrap">
              {/* A map that stops: the list takes its place, with the reason, as it does without WebGL. */}
              <ErrorBoundary key={recovery.mapKey} fallback={() => null} onError={recovery.onMapStopped}>
                <MapView
                  content={mapContent}
                  selection={selection}
                  recovery={{
                    restoreCamera: recovery.restoreCamera,
                    onContextLost: recovery.onContextLost,
                    onStartFailure: recovery.onStartFailure,
                    onBasemapFailure: loadFailures.onBasemapFailure,
                    basemapAttempt: loadFailures.basemapAttempt,
                  }}
                  onSelectPlace={actions.selectPlace}
                  panelRef={panelRef}
                />
              </ErrorBoundary>
            </div>
          ) : (
            <div className="list-wrap">
              {recovery.mapProblem && <MapMissing reason={tell(recovery.mapProblem)} />}
              {indexes.archive && (
                <p className="notice archive-list-note">
                  {t('app.archiveList', { count: indexes.archive.count })}
                </p>
              )}
              <EventList
                events={listEvents}
                indexes={indexes}
                hiddenSources={selection.hiddenSources}
                onSelectPlace={actions.selectPlace}
              />
            </div>
          )}
          <div className="controls">
            <Legend
              kinds={selection.kinds}
              counts={counts.byKind}
              comparisons={selection.comparisons}
              comparisonCount={counts.comparisons}
              onToggleKind={actions.toggleKind}
              onToggleComparisons={actions.toggleComparisons}
            />
            <Timeline
              years={indexes.years}
              time={time}
              shown={shownKinds}
              range={selection.range}
              wholly={selection.wholly}
              onRange={actions.selectRange}
              onWholly={actions.setWholly}
              count={counts}
            />
            {loadedOnce && (
              <SelectionStatus shown={counts.shown} total={counts.total} range={selection.range} />
            )}
          </div>
        </main>

        {panelOpen && (
          <SidePanel
            data={data}
            datasets={datasets}
            storageProblem={storageProblem}
            indexes={indexes}
            selection={selection}
            actions={actions}
            sourceOnMap={sourceOnMap}
            onShowSourceOnMap={setSourceOnMap}
            onCloseSources={closeSources}
            panelRef={panelRef}
            ownSourceIds={props.ownSourceIds}
            onAddArticle={authoring.startWriting}
            onMarkPassages={authoring.markIn}
          />
        )}

        {readingSource && (
          <SourceReader
            key={`${reading?.sourceId}/${reading?.excerptId}`}
            excerpt={readingExcerpt}
            source={readingSource}
            quoted={indexes.excerptsBySource.get(readingSource.id) ?? NO_EXCERPTS}
            onClose={() => actions.setReading(null)}
          />
        )}
        <AuthoringDialogs authoring={authoring} markingIn={markingIn} indexes={indexes} />
      </div>
    </TranslatorProvider>
  );
}
