/**
 * The map: offline basemap, places (GeoJSON) and events (vector tiles cut in a worker, events/event-tiles.ts),
 * and clicks that select a place. The camera lives in MapLibre (and its #zoom/lat/lng hash), never in React state.
 */
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import Map, {
  AttributionControl,
  Layer,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LoadFailure } from '../corpus/load-data.ts';
import type { PlacesCollection } from '../records/schema.ts';
import type { Selection } from '../corpus/selection.ts';
import { useT } from '../i18n/i18n-context.tsx';
import type { Message } from '../i18n/message.ts';
import { BASEMAP_FILES, FIRST_VIEW, buildBasemapStyle } from './basemap/basemap-style.ts';
import { DetailSource } from './basemap/detail-source.tsx';
import { handOverClick } from './map-handle.ts';
import { DETAIL_FILE, DETAIL_SOURCE } from './basemap/basemap-detail-layers.ts';
import { pmtilesReady, pmtilesUrl } from './basemap/pmtiles-protocol.ts';
import { useBasemapReload } from './basemap/use-basemap-reload.ts';
import { useProtocolReady } from './basemap/use-protocol-ready.ts';
import { hasLinkedCamera, placeWithLinkedCamera } from './camera/linked-camera.ts';
import { MapButtonsControl } from './camera/map-buttons.ts';
import { useFirstViewKept } from './camera/use-first-view-kept.ts';
import { usePlaceInView } from './camera/use-place-in-view.ts';
import { useSourceInView } from './camera/use-source-in-view.ts';
import {
  ARCHIVE_SOURCE,
  ArchiveSource,
  EventTilesSource,
  RangeMarksSource,
} from './events/event-sources.tsx';
import { eventTilesReady, rangeTiles } from './events/event-tiles.ts';
import { useRangeStates } from './events/use-range-states.ts';
import { useHoverCursor } from './events/hover-cursor.ts';
import {
  PLACE_HIGHLIGHT_LAYER_ID,
  placeDotLayer,
  placeHighlightLayer,
  placeLabelLayerFor,
} from './events/layers.ts';
import { nearestPlaceId } from './events/pick-place.ts';
import { PLACE_LAYER_IDS, useEventLayers, type ArchiveOnMap } from './events/use-event-layers.ts';
import { provideYearIcons, showYear } from './events/year-icons.ts';
import {
  archiveFailure,
  basemapFailure,
  startFailure,
  type ArchiveFiles,
  type MapErrorLike,
} from './map-errors.ts';
import { useMapInLanguage } from './use-map-in-language.ts';
import { useMapLoaded, type Camera } from './use-map-loaded.ts';
import { useMapPrinting } from './use-map-printing.ts';

export type { Camera };

const BASEMAP_STYLE = buildBasemapStyle();
const LINKED_PLACE = placeWithLinkedCamera(window.location);
const LINKED_CAMERA = hasLinkedCamera(window.location);
const FILL_PARENT = { position: 'absolute', inset: 0 } as const;

/** What the map draws. */
export interface MapContent {
  /** The events' vector tile URL template (see events/event-tiles.ts). */
  eventTiles: string;
  archive: ArchiveOnMap | null;
  /** The years of the events shown, for a layer each. */
  eventYears: ReadonlyArray<number | null>;
  places: PlacesCollection;
  /** False while the data are still loading: the first idle with data is what the benchmark times. */
  dataReady: boolean;
  highlightedPlaceIds: readonly string[];
  /** The places of the source the reader asked to see on the map: brought into view together. */
  sourcePlaceIds: readonly string[];
}

/** How the map recovers from what goes wrong (app/use-map-recovery.ts, app/use-load-failures.ts). */
export interface MapRecovery {
  /** Where to open instead of fitting Kazakhstan: the camera saved when the WebGL context was lost
   * (MapLibre clears its URL hash when a map is removed, so the hash cannot carry it). */
  restoreCamera: Camera | null;
  onContextLost: (camera: Camera) => void;
  /** Called when the map will never draw (see map-errors.ts), with the reason. */
  onStartFailure: (reason: Message) => void;
  /** Called when a basemap file cannot be loaded; the map goes on without it. */
  onBasemapFailure: (failure: LoadFailure) => void;
  /** Raised by the reader's "Try again": basemap files that failed are asked for again. */
  basemapAttempt: number;
}

interface MapViewProps {
  content: MapContent;
  selection: Selection;
  recovery: MapRecovery;
  onSelectPlace: (placeId: string) => void;
  /** The place panel, which on a phone lies over the bottom of the map. */
  panelRef: RefObject<HTMLElement | null>;
}

export function MapView({ content, selection, recovery, onSelectPlace, panelRef }: MapViewProps) {
  const { eventTiles, archive, eventYears, places, dataReady, highlightedPlaceIds, sourcePlaceIds } = content;
  const mapRef = useRef<MapRef>(null);
  const layers = useEventLayers(eventYears, archive, selection);
  // Read by callbacks MapLibre holds (icons added on styledata, clicks) without re-subscribing them.
  const selectedYear = useRef(layers.view);
  useEffect(() => {
    selectedYear.current = layers.view;
    const map = mapRef.current?.getMap();
    if (map) showYear(map, layers.view);
  }, [layers.view]);
  const inRange = layers.view === 'none' && selection.range !== null;
  const rangeDays = inRange ? { ...selection.range!, wholly: selection.wholly } : null;
  const { overPlace, watchPointer } = useHoverCursor(
    selectedYear,
    layers.interactiveLayerIds,
    PLACE_LAYER_IDS,
  );
  const highlightFilter = useMemo(
    () => ['in', ['get', 'id'], ['literal', [...highlightedPlaceIds]]] as never,
    [highlightedPlaceIds],
  );
  // The events' tiles come through a protocol registered with MapLibre once it has loaded; a published
  // archive's through the pmtiles protocol, registered only for a site that has one.
  const tilesReady = useProtocolReady(eventTilesReady);
  const archiveReady = useProtocolReady(pmtilesReady, archive !== null);
  const { mapLoaded, loadedRef, onLoad } = useMapLoaded(
    mapRef,
    dataReady,
    recovery.onContextLost,
    watchPointer,
  );

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      if (handOverClick(e.lngLat)) return;
      const hits = (e.features ?? []).map((f) => ({
        layerId: f.layer.id,
        properties: f.properties,
        state: f.state,
        lngLat: (f.geometry as unknown as { coordinates: [number, number] }).coordinates,
      }));
      const placeId = nearestPlaceId(
        hits,
        e.point,
        (lngLat) => e.target.project(lngLat),
        selectedYear.current,
      );
      if (placeId) onSelectPlace(placeId);
    },
    [onSelectPlace],
  );

  const { t, lang } = useT();
  const buttonLabels = useMemo(
    () => ({ zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), fit: t('map.fitKazakhstan') }),
    [t],
  );
  useMapPrinting(mapRef, mapLoaded);
  useMapInLanguage(mapRef, mapLoaded);
  usePlaceInView(mapLoaded ? mapRef : null, places, selection.placeId, panelRef, LINKED_PLACE);
  useSourceInView(mapLoaded ? mapRef : null, places, sourcePlaceIds, panelRef);
  useRangeStates(mapLoaded ? mapRef : null, eventTiles, rangeDays);
  const keepFirstView = useFirstViewKept(!LINKED_CAMERA && !recovery.restoreCamera);
  const archiveFiles: ArchiveFiles = useMemo(
    () => ({
      [DETAIL_SOURCE]: { file: DETAIL_FILE, part: 'map.partDetail' },
      ...(archive && { [ARCHIVE_SOURCE]: { file: archive.file, part: 'map.partArchive' } }),
    }),
    [archive],
  );
  const noteBasemapFailed = useBasemapReload(mapRef, recovery.basemapAttempt, archiveFiles);

  return (
    <Map
      ref={mapRef}
      mapStyle={BASEMAP_STYLE}
      workerUrl={workerUrl}
      initialViewState={recovery.restoreCamera ?? FIRST_VIEW}
      hash
      fadeDuration={0}
      attributionControl={false}
      interactiveLayerIds={layers.interactiveLayerIds}
      onClick={onClick}
      onLoad={onLoad}
      onResize={keepFirstView}
      // Icons are drawn when a tile first asks for them; the resolver must be there before any tile does.
      onStyleData={(e) => provideYearIcons(e.target, selectedYear.current)}
      onError={(e) => {
        const error = e as MapErrorLike;
        // A basemap file, or a tile archive (said with the part of the map it holds): "Try again" reads it anew.
        const failure = basemapFailure(error, BASEMAP_FILES) ?? archiveFailure(error, archiveFiles);
        if (failure) {
          noteBasemapFailed(error.sourceId!);
          recovery.onBasemapFailure(failure);
          return;
        }
        const reason = startFailure(error, loadedRef.current);
        if (reason !== null) recovery.onStartFailure(reason);
      }}
      cursor={overPlace ? 'pointer' : undefined}
      minZoom={2}
      maxZoom={10}
      style={FILL_PARENT}
    >
      {/* Lakes, rivers and towns from zoom 5, fetched only once the reader zooms in. */}
      <DetailSource mapRef={mapLoaded ? mapRef : null} labelsBefore={PLACE_HIGHLIGHT_LAYER_ID} />
      <Source id="places" type="geojson" data={places}>
        <Layer {...placeHighlightLayer} filter={highlightFilter} />
        <Layer {...placeDotLayer} />
        <Layer {...placeLabelLayerFor(lang)} />
      </Source>
      {tilesReady && (
        <EventTilesSource
          tiles={eventTiles}
          layers={{ keys: layers.yearKeys, filters: layers.yearFilters }}
          range={inRange ? layers.rangeFilter : null}
        />
      )}
      {tilesReady && inRange && (
        <RangeMarksSource tiles={rangeTiles(eventTiles)} filter={layers.rangeFilter} />
      )}
      {archive && archiveReady && (
        <ArchiveSource
          url={pmtilesUrl(archive.file)}
          layers={{ keys: layers.archiveYearKeys, filters: layers.archiveFilters }}
        />
      )}
      <MapButtonsControl labels={buttonLabels} />
      {/* MapLibre's default: in full where the map is wide, behind an (i) button on a phone once the
          reader first drags the map (three lines of credits would cover a quarter of a small map). */}
      {/* Made again when the language changes: MapLibre writes its credits once, when it is added. */}
      <AttributionControl key={lang} position="bottom-right" customAttribution={t('map.credits')} />
    </Map>
  );
}
