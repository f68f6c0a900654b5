/**
 * When the basemap's detail is wanted (the reader has zoomed in to DETAIL_WANTED_ZOOM, and the pmtiles
 * protocol is registered), and what the map should say where the detail ends: at the deepest zoom, and
 * outside the region it covers.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import {
  DETAIL_MAX_ZOOM,
  DETAIL_MIN_ZOOM,
  DETAIL_REGION,
  DETAIL_WANTED_ZOOM,
} from '../../records/map-frame.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import { pmtilesReady } from './pmtiles-protocol.ts';
import { useProtocolReady } from './use-protocol-ready.ts';

/** What the map says where the detail ends, as a message key (the map view says it in the reader's language). */
export function detailNote(zoom: number, lon: number, lat: number): MessageKey | null {
  const [w, s, e, n] = DETAIL_REGION;
  if (zoom >= DETAIL_MIN_ZOOM && (lon < w || lon > e || lat < s || lat > n)) return 'map.detailOutside';
  if (zoom >= DETAIL_MAX_ZOOM - 0.25) return 'map.detailDeepest';
  return null;
}

/** `mapRef`: null until the map has loaded. */
export function useBasemapDetail(mapRef: RefObject<MapRef | null> | null): {
  ready: boolean;
  note: MessageKey | null;
} {
  const [wanted, setWanted] = useState(false);
  const [note, setNote] = useState<MessageKey | null>(null);
  useEffect(() => {
    const map = mapRef?.current?.getMap();
    if (!map) return;
    const look = () => {
      const { lng, lat } = map.getCenter();
      setNote(detailNote(map.getZoom(), lng, lat));
      if (map.getZoom() >= DETAIL_WANTED_ZOOM) setWanted(true);
    };
    look();
    map.on('moveend', look);
    return () => {
      map.off('moveend', look);
    };
  }, [mapRef]);
  const ready = useProtocolReady(pmtilesReady, wanted);
  return { ready, note };
}
