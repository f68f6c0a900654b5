/**
 * The benchmark's floor: the least a page can do to show the same map. MapLibre through react-map-gl, the same
 * basemap style, fonts, icons and data, and no app UI, no schema parsing, no URL state.
 */
import { createRoot } from 'react-dom/client';
import Map, { Layer, Source } from 'react-map-gl/maplibre';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-ext-600.css';
import { FIRST_VIEW, buildBasemapStyle } from '../../../src/map/basemap/basemap-style.ts';
import { eventLayer, placeDotLayer, placeLabelLayer } from '../../../src/map/events/layers.ts';
import { loadMapFonts } from '../../../src/map/basemap/map-fonts.ts';
import { yearLayerFilter } from '../../../src/map/events/event-filter.ts';
import { provideYearIcons, yearKeysWithEvents } from '../../../src/map/events/year-icons.ts';
import { EVENT_KINDS } from '../../../src/records/schema.ts';

const style = buildBasemapStyle();
// The app draws its events from vector tiles (a `source-layer`); the floor hands MapLibre the GeoJSON itself.
const geojsonEventLayer = Object.fromEntries(
  Object.entries(eventLayer).filter(([key]) => key !== 'source-layer'),
) as typeof eventLayer;
const [events, places] = await Promise.all([
  ...['data/events.geojson', 'data/places.geojson'].map((p) => fetch(p).then((r) => r.json())),
  loadMapFonts(),
]);

// A layer per year, as the app has: one symbol layer of 100,000 events overflows MapLibre's buckets and the
// map never becomes idle.
const yearKeys = yearKeysWithEvents(
  (events as { features: Array<{ properties: { year: number | null } }> }).features.map(
    (f) => f.properties.year,
  ),
);
const allKinds = new Set(EVENT_KINDS);

// The bench passes the size of the app's map (?width=&height=), so that both draw the same area. (Through
// React's style prop: the server's CSP blocks inline style attributes.)
const params = new URLSearchParams(location.search);
const size = params.has('width')
  ? {
      position: 'absolute' as const,
      top: 0,
      left: 0,
      width: Number(params.get('width')),
      height: Number(params.get('height')),
    }
  : { position: 'absolute' as const, inset: 0 };

createRoot(document.getElementById('root')!).render(
  <Map
    style={size}
    mapStyle={style}
    workerUrl={workerUrl}
    initialViewState={FIRST_VIEW}
    fadeDuration={0}
    onStyleData={(e) => provideYearIcons(e.target, null)}
    onLoad={(e) => {
      const map = e.target;
      (window as unknown as { steppeMap: unknown }).steppeMap = map;
      map.once('idle', () => performance.mark('map-first-idle'));
    }}
  >
    <Source id="places" type="geojson" data={places}>
      <Layer {...placeDotLayer} />
      <Layer {...placeLabelLayer} />
    </Source>
    <Source id="events" type="geojson" data={events}>
      {yearKeys.map((key) => (
        <Layer
          key={key}
          {...geojsonEventLayer}
          id={`events-${key}`}
          beforeId="place-labels"
          filter={yearLayerFilter(key, allKinds, true)}
        />
      ))}
    </Source>
  </Map>,
);
