/**
 * Everything the build computes rather than anyone typing it: oblasts (turf point-in-polygon against Natural
 * Earth admin-1), distance to the nearest international land border and the data's bounding box here; each
 * place's index by year and which claims are contested in src/records/derive-records.ts, which the page shares.
 */
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiLineString, LineString, MultiPolygon, Polygon, BBox } from 'geojson';
import {
  type Claim,
  type EventsCollection,
  type PlaceProperties,
  type PlacesCollection,
  type PlaceRecord,
} from '../../src/records/schema.ts';
import {
  datesOf,
  eventProperties,
  markContested,
  placeIndex,
  placeProperties,
} from '../../src/records/derive-records.ts';
import { memoByPoint } from './memo-by-point.ts';
import type { GeoRecords } from './geo-files.ts';

export interface Basemap {
  oblasts: FeatureCollection<Polygon | MultiPolygon>;
  borders: FeatureCollection<LineString | MultiLineString>;
}

export interface Derived {
  places: PlacesCollection;
  events: EventsCollection;
  claims: Claim[];
  bbox: BBox;
}

type Oblast = Pick<PlaceProperties, 'oblast' | 'oblastCode' | 'oblastMethod' | 'oblastsNearby'>;

/**
 * An offshore site lists every oblast whose coast lies within this many km of the nearest one's: Kashagan is
 * 80 km from Mangghystau's coast and 82 km from Atyrau's, and naming one alone would decide a near tie.
 */
const NEARBY_MARGIN_KM = 25;

type OblastFeature = Basemap['oblasts']['features'][number];

const oblastContaining = memoByPoint(
  (oblasts: Basemap['oblasts'], lon: number, lat: number): OblastFeature | null =>
    oblasts.features.find((o) => turf.booleanPointInPolygon([lon, lat], o)) ?? null,
);

/** Oblasts by distance from the point, nearest first. */
const oblastsByDistance = memoByPoint(
  (oblasts: Basemap['oblasts'], lon: number, lat: number): Array<{ o: OblastFeature; km: number }> =>
    oblasts.features
      .map((o) => ({ o, km: turf.pointToPolygonDistance([lon, lat], o, { units: 'kilometers' }) }))
      .sort((a, b) => a.km - b.km),
);

export function oblastOf(place: PlaceRecord, oblasts: Basemap['oblasts']): Oblast {
  const none: Oblast = { oblast: null, oblastCode: null, oblastMethod: null, oblastsNearby: null };
  // A country-wide place has no oblast, and the admin-1 polygons cover Kazakhstan only.
  if (place.precision === 'country' || place.country !== 'KZ') return none;
  const { lon, lat } = place.point;
  const inside = oblastContaining(oblasts, lon, lat);
  if (inside)
    return {
      oblast: inside.properties!.name,
      oblastCode: inside.properties!.code,
      oblastMethod: 'inside',
      oblastsNearby: null,
    };
  // Offshore sites (Kashagan) lie in no oblast polygon: they take the nearest one, say so, and list the others
  // nearly as near.
  const ranked = place.offshore ? oblastsByDistance(oblasts, lon, lat) : [];
  const nearest = ranked[0];
  if (!nearest) return none;
  return {
    oblast: nearest.o.properties!.name,
    oblastCode: nearest.o.properties!.code,
    oblastMethod: 'nearest',
    oblastsNearby: ranked
      .filter(({ km }) => km <= nearest.km + NEARBY_MARGIN_KM)
      .map(({ o, km }) => ({ oblast: o.properties!.name, km: Math.round(km) })),
  };
}

const nearestBorderKm = memoByPoint(
  (borders: Basemap['borders'], lon: number, lat: number): number | null => {
    const point = turf.point([lon, lat]);
    let best = Infinity;
    for (const border of borders.features) {
      const lines =
        border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.coordinates;
      for (const line of lines)
        best = Math.min(
          best,
          turf.pointToLineDistance(point, turf.lineString(line), { units: 'kilometers' }),
        );
    }
    return Number.isFinite(best) ? Math.round(best) : null;
  },
);

export function borderDistanceKm(place: PlaceRecord, borders: Basemap['borders']): number | null {
  return place.precision === 'country' ? null : nearestBorderKm(borders, place.point.lon, place.point.lat);
}

export function derive(records: GeoRecords, basemap: Basemap): Derived {
  const placeById = new Map(records.places.map((p) => [p.id, p]));
  const dates = datesOf(records.events);
  const placeFeatures = records.places.map((p) =>
    turf.point(
      [p.point.lon, p.point.lat],
      placeProperties(
        p,
        { ...oblastOf(p, basemap.oblasts), borderDistanceKm: borderDistanceKm(p, basemap.borders) },
        placeIndex(p.id, records, dates),
      ),
    ),
  );
  const bbox = turf.bbox(turf.featureCollection(placeFeatures));
  const eventFeatures = records.events.map((e) => {
    const place = placeById.get(e.placeId)!;
    return turf.point([place.point.lon, place.point.lat], eventProperties(e, place));
  });
  return {
    places: { type: 'FeatureCollection', bbox, features: placeFeatures } as PlacesCollection,
    events: { type: 'FeatureCollection', bbox, features: eventFeatures } as EventsCollection,
    claims: markContested(records.claims),
    bbox,
  };
}
