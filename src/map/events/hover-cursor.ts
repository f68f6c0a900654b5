/**
 * A hand over what a click would open, as over any link. MapLibre is asked at most once a frame and never
 * while the map is dragged: under 100,000 events one query at a crowded city costs tens of milliseconds,
 * and asking on every mouse move would slow panning at scale.
 */
import type { Map as MaplibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { archiveLayerId, EVENT_LAYER_PREFIX, eventLayerId, rangeSinglesLayer } from './layers.ts';
import { isHitShown } from './pick-place.ts';
import { RANGE_KEY, yearKey, type YearView } from './year-icons.ts';

/**
 * Whether the pointer is over something a click opens, and the function that starts watching a map.
 * It asks only the layers drawn now: the places, and the chosen year's events (or every year's).
 */
export function useHoverCursor(
  selectedYear: RefObject<YearView>,
  interactiveLayerIds: readonly string[],
  placeLayerIds: readonly string[],
): { overPlace: boolean; watchPointer: (map: MaplibreMap) => void } {
  const [overPlace, setOverPlace] = useState(false);
  const allLayerIds = useRef(interactiveLayerIds);
  useEffect(() => {
    allLayerIds.current = interactiveLayerIds;
  }, [interactiveLayerIds]);
  const watchPointer = useCallback(
    (map: MaplibreMap) => {
      const layersNow = () => {
        const year = selectedYear.current;
        if (year === null) return allLayerIds.current;
        if (year === 'none') {
          return [eventLayerId(RANGE_KEY), rangeSinglesLayer.id, archiveLayerId(RANGE_KEY), ...placeLayerIds];
        }
        // The chosen year's layer of each events source: the page's tiles, and a published archive's.
        return [eventLayerId(yearKey(year)), archiveLayerId(yearKey(year)), ...placeLayerIds];
      };
      // A range's marks and single events under the pointer count only where drawn (their state says so).
      const drawn = (f: MapGeoJSONFeature) =>
        !f.layer.id.startsWith(EVENT_LAYER_PREFIX) ||
        isHitShown({ layerId: f.layer.id, properties: f.properties, state: f.state }, selectedYear.current);
      watchHover(map, layersNow, setOverPlace, drawn);
    },
    [selectedYear, placeLayerIds],
  );
  return { overPlace, watchPointer };
}

/** Calls onChange(true/false) when the pointer comes onto or leaves a feature of the given layers,
 * until the map is removed. */
export function watchHover(
  map: MaplibreMap,
  layerIds: () => readonly string[],
  onChange: (over: boolean) => void,
  drawn: (feature: MapGeoJSONFeature) => boolean = () => true,
): void {
  let point: PointLike | null = null;
  let frame = 0;
  let over = false;
  const report = (now: boolean) => {
    if (now !== over) onChange((over = now));
  };
  const check = () => {
    frame = 0;
    if (!point) return;
    const layers = layerIds().filter((id) => map.getLayer(id));
    report(layers.length > 0 && map.queryRenderedFeatures(point, { layers }).some(drawn));
  };
  const onMove = (e: MapMouseEvent) => {
    if (e.originalEvent.buttons !== 0 || map.isMoving()) return;
    point = e.point;
    frame ||= requestAnimationFrame(check);
  };
  const onOut = () => {
    point = null;
    report(false);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onOut);
  // A frame asked for just before the map goes (a lost WebGL context remounts it) must not query it.
  map.once('remove', () => {
    cancelAnimationFrame(frame);
    map.off('mousemove', onMove);
    map.off('mouseout', onOut);
  });
}
