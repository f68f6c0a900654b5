/**
 * The map: offline basemap, places (GeoJSON) and events (vector tiles cut in a worker, event-tiles.ts), and
 * clicks that select a place. The camera lives in MapLibre (and its #zoom/lat/lng hash), never in React state.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import Map, {
  AttributionControl,
  Layer,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { FilterSpecification, Map as MaplibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LoadFailure } from '../corpus/load-data.ts';
import type { PlacesCollection } from '../records/schema.ts';
import type { Selection } from '../corpus/selection.ts';
import { EVENT_TILE_MAX_ZOOM } from '../tiles/event-tiles-messages.ts';
import { eventTilesReady } from './events/event-tiles.ts';
import { BASEMAP_FILES, FIRST_VIEW, buildBasemapStyle, showBasemapNames } from './basemap/basemap-style.ts';
import { archiveSourcesFilter, yearLayerFilter } from './events/event-filter.ts';
import { pmtilesReady, pmtilesUrl } from './basemap/pmtiles-protocol.ts';
import { useProtocolReady } from './basemap/use-protocol-ready.ts';
import {
  DETAIL_FILE,
  detailLabelLayers,
  DETAIL_SOURCE,
  DETAIL_WATER_LAYERS,
} from './basemap/basemap-detail-layers.ts';
import { useBasemapDetail } from './basemap/use-basemap-detail.ts';
import { useT } from '../i18n/i18n-context.tsx';
import type { Language } from '../i18n/languages.ts';
import type { Message } from '../i18n/message.ts';
import { MapButtonsControl } from './camera/map-buttons.ts';
import { useHoverCursor } from './events/hover-cursor.ts';
import { setShownMap } from './map-handle.ts';
import { printSnapshots } from './print-snapshot.ts';
import { hasLinkedCamera, placeWithLinkedCamera } from './camera/linked-camera.ts';
import { nearestPlaceId } from './events/pick-place.ts';
import { basemapFailure, startFailure, type MapErrorLike } from './map-errors.ts';
import { useBasemapReload } from './basemap/use-basemap-reload.ts';
import { useFirstViewKept } from './camera/use-first-view-kept.ts';
import { usePlaceInView } from './camera/use-place-in-view.ts';
import { useSourceInView } from './camera/use-source-in-view.ts';
import { provideYearIcons, showYear, yearKeysWithEvents } from './events/year-icons.ts';
import {
  archiveLayerId,
  eventLayerId,
  PLACE_DOT_LAYER_ID,
  PLACE_HIGHLIGHT_LAYER_ID,
  PLACE_LABEL_LAYER_ID,
  eventLayer,
  placeDotLayer,
  placeHighlightLayer,
  placeLabelLayerFor,
} from './events/layers.ts';

const BASEMAP_STYLE = buildBasemapStyle();
const LINKED_PLACE = placeWithLinkedCamera(window.location);
const LINKED_CAMERA = hasLinkedCamera(window.location);
const PLACE_LAYER_IDS = [PLACE_DOT_LAYER_ID, PLACE_LABEL_LAYER_ID];
const FILL_PARENT = { position: 'absolute', inset: 0 } as const;

declare global {
  interface Window {
    /** The live MapLibre map, for browser tests and the benchmark. */
    steppeMap?: MaplibreMap;
  }
}

export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

const DETAIL_URL = pmtilesUrl(DETAIL_FILE);

/** The benchmark reads this mark: navigation to the first complete drawing of the map with its data. */
function markFirstIdleWithData(map: MaplibreMap | undefined, dataReady: boolean): void {
  const marked = () => performance.getEntriesByName('map-first-idle').length > 0;
  if (!map || !dataReady || marked()) return;
  map.once('idle', () => {
    if (!marked()) performance.mark('map-first-idle');
  });
}

interface MapViewProps {
  /** The events' vector tile URL template (see event-tiles.ts). */
  eventTiles: string;
  /** A site published as an archive: its tiles, years and sources (src/corpus/event-archive.ts). */
  archive: { url: string; years: ReadonlyArray<number | null>; sourceIds: readonly string[] } | null;
  /** The years of the events shown, for a layer each. */
  eventYears: ReadonlyArray<number | null>;
  places: PlacesCollection;
  selection: Selection;
  /** False while the data are still loading: the first idle with data is what the benchmark times. */
  dataReady: boolean;
  highlightedPlaceIds: readonly string[];
  /** The places of the source the reader asked to see on the map: brought into view together. */
  sourcePlaceIds: readonly string[];
  onSelectPlace: (placeId: string) => void;
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
  /** The place panel, which on a phone lies over the bottom of the map. */
  panelRef: RefObject<HTMLElement | null>;
}

export function MapView({
  eventTiles,
  archive,
  eventYears,
  places,
  selection,
  dataReady,
  highlightedPlaceIds,
  sourcePlaceIds,
  onSelectPlace,
  restoreCamera,
  onContextLost,
  onStartFailure,
  onBasemapFailure,
  basemapAttempt,
  panelRef,
}: MapViewProps) {
  const mapRef = useRef<MapRef>(null);
  // A layer per year with events; kinds and comparisons filter within, the year is shown by the icons.
  const yearKeys = useMemo(() => yearKeysWithEvents(eventYears), [eventYears]);
  const yearFilters = useMemo(
    () =>
      Object.fromEntries(
        yearKeys.map((key) => [key, yearLayerFilter(key, selection.kinds, selection.comparisons)]),
      ),
    [yearKeys, selection.kinds, selection.comparisons],
  );
  const archiveYearKeys = useMemo(() => (archive ? yearKeysWithEvents(archive.years) : []), [archive]);
  const archiveFilters = useMemo(() => {
    const sources = archive ? archiveSourcesFilter(archive.sourceIds, selection.hiddenSources) : null;
    return Object.fromEntries(
      archiveYearKeys.map((key) => {
        const year = yearLayerFilter(key, selection.kinds, selection.comparisons);
        return [key, sources ? (['all', year, sources] as FilterSpecification) : year];
      }),
    );
  }, [archive, archiveYearKeys, selection.kinds, selection.comparisons, selection.hiddenSources]);
  const interactiveLayerIds = useMemo(
    () => [...yearKeys.map(eventLayerId), ...archiveYearKeys.map(archiveLayerId), ...PLACE_LAYER_IDS],
    [yearKeys, archiveYearKeys],
  );
  // Read by callbacks MapLibre holds (icons added on styledata, clicks) without re-subscribing them.
  const selectedYear = useRef(selection.year);
  useEffect(() => {
    selectedYear.current = selection.year;
    const map = mapRef.current?.getMap();
    if (map) showYear(map, selection.year);
  }, [selection.year]);
  const { overPlace, watchPointer } = useHoverCursor(selectedYear, interactiveLayerIds, PLACE_LAYER_IDS);
  const highlightFilter = useMemo(
    () => ['in', ['get', 'id'], ['literal', [...highlightedPlaceIds]]] as never,
    [highlightedPlaceIds],
  );

  // The events' tiles come through a protocol registered with MapLibre once it has loaded; a published
  // archive's through the pmtiles protocol, registered only for a site that has one.
  const tilesReady = useProtocolReady(eventTilesReady);
  const archiveReady = useProtocolReady(pmtilesReady, archive !== null);

  const dataReadyRef = useRef(dataReady);
  // Whether the map exists yet: a place opened from the URL may be chosen before it does.
  const [mapLoaded, setMapLoaded] = useState(false);
  const loadedRef = useRef(false);
  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    window.steppeMap = map;
    setShownMap(map);
    loadedRef.current = true;
    setMapLoaded(true);
    watchPointer(map);
    markFirstIdleWithData(map, dataReadyRef.current);
    map.getCanvas().addEventListener('webglcontextlost', () => {
      const { lng, lat } = map.getCenter();
      onContextLost({
        longitude: lng,
        latitude: lat,
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      });
    });
  }, [onContextLost, watchPointer]);

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const hits = (e.features ?? []).map((f) => ({
        layerId: f.layer.id,
        properties: f.properties,
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

  // Asked for when the data arrive and when the map loads, whichever comes last: the map is created
  // asynchronously, so it may not exist yet when the data are in.
  useEffect(() => {
    dataReadyRef.current = dataReady;
    markFirstIdleWithData(mapRef.current?.getMap(), dataReady);
  }, [dataReady]);

  // The exported figure and the printout draw the map shown; a map that goes takes its printing with it.
  // The printed picture's alternative text is read when printing, in the language of that moment.
  const { t, lang } = useT();
  const printLabel = useRef('');
  const buttonLabels = useMemo(
    () => ({ zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), fit: t('map.fitKazakhstan') }),
    [t],
  );
  useEffect(() => {
    printLabel.current = t('map.printSnapshot');
  }, [t]);
  useEffect(() => {
    const map = mapLoaded ? mapRef.current?.getMap() : undefined;
    if (!map) return;
    const stopPrinting = printSnapshots(map, () => printLabel.current);
    return () => {
      stopPrinting();
      setShownMap(null);
    };
  }, [mapLoaded]);

  // The canvas says what it is, and where the same content is as text, in the reader's language.
  // MapLibre names the canvas and the credits' fold button once, in English (its own UI strings): renamed here.
  useEffect(() => {
    if (!mapLoaded) return;
    const map = mapRef.current?.getMap();
    map?.getCanvas().setAttribute('aria-label', t('map.canvasLabel'));
    const fold = map?.getContainer().querySelector('.maplibregl-ctrl-attrib-button');
    fold?.setAttribute('aria-label', t('map.toggleCredits'));
    fold?.setAttribute('title', t('map.toggleCredits'));
  }, [mapLoaded, t]);

  // The basemap's own country and water names follow the language too. The style is built with English
  // names: only another language changes it, so an English first view costs no style change (two frames in
  // software rendering).
  const namesShown = useRef<Language>('en');
  useEffect(() => {
    const map = mapLoaded ? mapRef.current?.getMap() : undefined;
    if (!map || namesShown.current === lang) return;
    showBasemapNames(map, lang);
    namesShown.current = lang;
  }, [mapLoaded, lang]);

  // Lakes, rivers and towns from zoom 5, fetched only once the reader zooms in (basemap-detail-layers.ts).
  const detail = useBasemapDetail(mapLoaded ? mapRef : null);

  const noteBasemapFailed = useBasemapReload(mapRef, basemapAttempt);
  usePlaceInView(mapLoaded ? mapRef : null, places, selection.placeId, panelRef, LINKED_PLACE);
  useSourceInView(mapLoaded ? mapRef : null, places, sourcePlaceIds, panelRef);
  const keepFirstView = useFirstViewKept(!LINKED_CAMERA && !restoreCamera);

  return (
    <Map
      ref={mapRef}
      mapStyle={BASEMAP_STYLE}
      workerUrl={workerUrl}
      initialViewState={restoreCamera ?? FIRST_VIEW}
      hash
      fadeDuration={0}
      attributionControl={false}
      interactiveLayerIds={interactiveLayerIds}
      onClick={onClick}
      onLoad={onLoad}
      onResize={keepFirstView}
      // Icons are drawn when a tile first asks for them; the resolver must be there before any tile does.
      onStyleData={(e) => provideYearIcons(e.target, selectedYear.current)}
      onError={(e) => {
        const error = e as MapErrorLike;
        const failure = basemapFailure(error, BASEMAP_FILES);
        if (failure) {
          noteBasemapFailed(error.sourceId!);
          onBasemapFailure(failure);
          return;
        }
        const reason = startFailure(error, loadedRef.current);
        if (reason !== null) onStartFailure(reason);
      }}
      cursor={overPlace ? 'pointer' : undefined}
      minZoom={2}
      maxZoom={10}
      style={FILL_PARENT}
    >
      {detail.ready && (
        <Source id={DETAIL_SOURCE} type="vector" url={DETAIL_URL}>
          {DETAIL_WATER_LAYERS.map((layer) => (
            <Layer key={layer.id} {...layer} beforeId="water-labels" />
          ))}
          {detailLabelLayers(lang).map((layer) => (
            <Layer key={layer.id} {...layer} beforeId={PLACE_HIGHLIGHT_LAYER_ID} />
          ))}
        </Source>
      )}
      {detail.note && (
        <p className="map-detail-note" role="status">
          {t(detail.note)}
        </p>
      )}
      <Source id="places" type="geojson" data={places}>
        <Layer {...placeHighlightLayer} filter={highlightFilter} />
        <Layer {...placeDotLayer} />
        <Layer {...placeLabelLayerFor(lang)} />
      </Source>
      {tilesReady && (
        <Source id="events" type="vector" tiles={[eventTiles]} maxzoom={EVENT_TILE_MAX_ZOOM}>
          {yearKeys.map((key) => (
            <Layer
              key={key}
              {...eventLayer}
              id={eventLayerId(key)}
              beforeId={PLACE_LABEL_LAYER_ID}
              filter={yearFilters[key]}
            />
          ))}
        </Source>
      )}
      {archive && archiveReady && (
        <Source id="events-archive" type="vector" url={archive.url}>
          {archiveYearKeys.map((key) => (
            <Layer
              key={key}
              {...eventLayer}
              source="events-archive"
              id={archiveLayerId(key)}
              beforeId={PLACE_LABEL_LAYER_ID}
              filter={archiveFilters[key]}
            />
          ))}
        </Source>
      )}
      <MapButtonsControl labels={buttonLabels} />
      {/* MapLibre's default: in full where the map is wide, behind an (i) button on a phone once the
          reader first drags the map (three lines of credits would cover a quarter of a small map). */}
      {/* Made again when the language changes: MapLibre writes its credits once, when it is added. */}
      <AttributionControl key={lang} position="bottom-right" customAttribution={t('map.credits')} />
    </Map>
  );
}
