/**
 * The events on the map: the tiles the page's worker cuts (event-tiles.ts) and, for a site published as an
 * archive, its PMTiles, each with a layer per year key under the place labels.
 */
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FilterSpecification } from 'maplibre-gl';
import { EVENT_TILE_MAX_ZOOM } from '../../tiles/event-tiles-messages.ts';
import { archiveLayerId, eventLayer, eventLayerId, PLACE_LABEL_LAYER_ID, rangeLayer } from './layers.ts';
import { RANGE_KEY } from './year-icons.ts';

interface LayersOf {
  keys: readonly string[];
  filters: Record<string, FilterSpecification>;
}

export function EventTilesSource({ tiles, layers }: { tiles: string; layers: LayersOf }) {
  return (
    <Source id="events" type="vector" tiles={[tiles]} maxzoom={EVENT_TILE_MAX_ZOOM}>
      {layers.keys.map((key) => (
        <Layer
          key={key}
          {...eventLayer}
          id={eventLayerId(key)}
          beforeId={PLACE_LABEL_LAYER_ID}
          filter={layers.filters[key]}
        />
      ))}
    </Source>
  );
}

/** The events of a range that is not one whole year, cut apart by the tile worker (showRange). */
export function RangeTilesSource({ tiles, filter }: { tiles: string; filter: FilterSpecification }) {
  return (
    <Source id="events-range" type="vector" tiles={[tiles]} maxzoom={EVENT_TILE_MAX_ZOOM}>
      <Layer {...rangeLayer} beforeId={PLACE_LABEL_LAYER_ID} filter={filter} />
    </Source>
  );
}

export function ArchiveSource({ url, layers }: { url: string; layers: LayersOf }) {
  return (
    <Source id="events-archive" type="vector" url={url}>
      {layers.keys.map((key) => (
        <Layer
          key={key}
          {...(key === RANGE_KEY ? rangeLayer : eventLayer)}
          source="events-archive"
          id={archiveLayerId(key)}
          beforeId={PLACE_LABEL_LAYER_ID}
          filter={layers.filters[key]}
        />
      ))}
    </Source>
  );
}
