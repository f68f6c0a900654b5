/**
 * The exported figure and the printout draw the map shown (map-handle.ts, print-snapshot.ts); a map that goes
 * takes its printing with it. The printed picture's alternative text is read when printing, in the language of
 * that moment.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { useT } from '../i18n/i18n-context.tsx';
import { setShownMap } from './map-handle.ts';
import { printSnapshots } from './print-snapshot.ts';

export function useMapPrinting(mapRef: RefObject<MapRef | null>, mapLoaded: boolean): void {
  const { t } = useT();
  const printLabel = useRef('');
  useEffect(() => {
    printLabel.current = t('map.printSnapshot');
  }, [t]);
  useEffect(() => {
    const map = mapLoaded ? mapRef.current?.getMap() : undefined;
    if (!map) return;
    setShownMap(map);
    const stopPrinting = printSnapshots(map, () => printLabel.current);
    return () => {
      stopPrinting();
      setShownMap(null);
    };
  }, [mapRef, mapLoaded]);
}
