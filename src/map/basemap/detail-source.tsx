/**
 * Lakes, rivers and towns from zoom 5 (basemap-detail-layers.ts), added once the reader zooms in and the
 * archive can be read; where it cannot, or past its deepest zoom, a line on the map says so.
 */
import { Layer, Source, type MapRef } from 'react-map-gl/maplibre';
import type { RefObject } from 'react';
import { useT } from '../../i18n/i18n-context.tsx';
import {
  DETAIL_FILE,
  detailLabelLayers,
  DETAIL_SOURCE,
  DETAIL_WATER_LAYERS,
} from './basemap-detail-layers.ts';
import { pmtilesUrl } from './pmtiles-protocol.ts';
import { useBasemapDetail } from './use-basemap-detail.ts';

const DETAIL_URL = pmtilesUrl(DETAIL_FILE);

export function DetailSource({
  mapRef,
  labelsBefore,
}: {
  mapRef: RefObject<MapRef | null> | null;
  labelsBefore: string;
}) {
  const { t, lang } = useT();
  const detail = useBasemapDetail(mapRef);
  return (
    <>
      {detail.ready && (
        <Source id={DETAIL_SOURCE} type="vector" url={DETAIL_URL}>
          {DETAIL_WATER_LAYERS.map((layer) => (
            <Layer key={layer.id} {...layer} beforeId="water-labels" />
          ))}
          {detailLabelLayers(lang).map((layer) => (
            <Layer key={layer.id} {...layer} beforeId={labelsBefore} />
          ))}
        </Source>
      )}
      {detail.note && (
        <p className="map-detail-note" role="status">
          {t(detail.note)}
        </p>
      )}
    </>
  );
}
