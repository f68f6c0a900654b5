/**
 * The map in the reader's language: the canvas says what it is and where the same content is as text, the
 * credits' fold button is renamed (MapLibre names both once, in English), and the basemap's own country and
 * water names follow. The style is built with English names, so an English first view costs no style change
 * (two frames in software rendering).
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { useT } from '../i18n/i18n-context.tsx';
import type { Language } from '../i18n/languages.ts';
import { showBasemapNames } from './basemap/basemap-style.ts';

export function useMapInLanguage(mapRef: RefObject<MapRef | null>, mapLoaded: boolean): void {
  const { t, lang } = useT();
  useEffect(() => {
    if (!mapLoaded) return;
    const map = mapRef.current?.getMap();
    map?.getCanvas().setAttribute('aria-label', t('map.canvasLabel'));
    const fold = map?.getContainer().querySelector('.maplibregl-ctrl-attrib-button');
    fold?.setAttribute('aria-label', t('map.toggleCredits'));
    fold?.setAttribute('title', t('map.toggleCredits'));
  }, [mapRef, mapLoaded, t]);

  const namesShown = useRef<Language>('en');
  useEffect(() => {
    const map = mapLoaded ? mapRef.current?.getMap() : undefined;
    if (!map || namesShown.current === lang) return;
    showBasemapNames(map, lang);
    namesShown.current = lang;
  }, [mapRef, mapLoaded, lang]);
}
