/**
 * The events on the map: the tiles the page's worker cuts (event-tiles.ts) and, for a site published as an
 * archive, its PMTiles, each with a layer per year key under the place labels.
 */
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FilterSpecification } from 'maplibre-gl';
import { EVENT_TILE_MAX_ZOOM } from '../../tiles/event-tiles-messages.ts';
import {
  archiveLayerId,
  eventLayer,
  eventLayerId,
  PLACE_LABEL_LAYER_ID,
  rangeLayer,
  rangeMarksLayer,
  rangeSinglesLayer,
} from './layers.ts';
import { EVENTS_SOURCE, RANGE_SOURCE } from './use-range-states.ts';
import { RANGE_KEY } from './year-icons.ts';

interface LayersOf {
  keys: readonly string[];
  filters: Record<string, FilterSpecification>;
}

/** `range`: the filter of a range's single events, drawn by their state, while a range is no whole year. */
export function EventTilesSource({
  tiles,
  layers,
  range,
}: {
  tiles: string;
  layers: LayersOf;
  range: FilterSpecification | null;
}) {
  return (
    <Source id={EVENTS_SOURCE} type="vector" tiles={[tiles]} maxzoom={EVENT_TILE_MAX_ZOOM}>
      {layers.keys.map((key) => (
        <Layer
          key={key}
          {...eventLayer}
          id={eventLayerId(key)}
          beforeId={PLACE_LABEL_LAYER_ID}
          filter={layers.filters[key]}
        />
      ))}
      {range && <Layer {...rangeSinglesLayer} beforeId={PLACE_LABEL_LAYER_ID} filter={range} />}
    </Source>
  );
}

/** A range's crowd marks (range-marks.ts), zoomed out, while a range is no whole year. */
export function RangeMarksSource({ tiles, filter }: { tiles: string; filter: FilterSpecification }) {
  return (
    <Source id={RANGE_SOURCE} type="vector" tiles={[tiles]} maxzoom={EVENT_TILE_MAX_ZOOM}>
      <Layer {...rangeMarksLayer} beforeId={PLACE_LABEL_LAYER_ID} filter={filter} />
    </Source>
  );
}

export const ARCHIVE_SOURCE = 'events-archive';

export function ArchiveSource({ url, layers }: { url: string; layers: LayersOf }) {
  return (
    <Source id={ARCHIVE_SOURCE} type="vector" url={url}>
      {layers.keys.map((key) => (
        <Layer
          key={key}
          {...(key === RANGE_KEY ? rangeLayer : eventLayer)}
          source={ARCHIVE_SOURCE}
          id={archiveLayerId(key)}
          beforeId={PLACE_LABEL_LAYER_ID}
          filter={layers.filters[key]}
        />
      ))}
    </Source>
  );
}
