/**
 * Events where they crowd, as one mark per place, kind and certainty, with how many events it stands for
 * (`count`) and which (`members`, while few enough to list). Below AGGREGATE_BELOW_ZOOM the map draws these
 * instead of single events: a reader sees 10 events at a place apart from 10,000 by the mark's size, kinds stay
 * told apart by shape and colour. Each group is made twice: once per year (shown only when that year is
 * chosen) and once over all years, undated events included (`allYears`, shown only for "All years"), so the
 * size read under "All years" is the place's total, not its busiest year's. The icons decide which is seen
 * (year-icons.ts). Zoomed in further, the single events come back. Pure, so the tile worker and the tests
 * share it.
 */
import type { MapEventProperties } from './map-feature-text.ts';

/** From this zoom on the map draws every event on its own (~300 m a pixel: events tens of km apart part). */
export const AGGREGATE_BELOW_ZOOM = 8;

/** Member ids are listed up to this many; a larger mark says only its count. */
const MEMBERS_LISTED = 50;

interface InFeature {
  geometry: { coordinates: number[] };
  properties: MapEventProperties;
}

export interface AggregateProperties extends MapEventProperties {
  count: number;
  /** Set on the mark that stands for every year's events (its `year` is null). */
  allYears?: true;
  /** The events it stands for, comma-separated, when there are at most MEMBERS_LISTED; else ''. */
  members: string;
}

const uncertain = (p: MapEventProperties) => p.datePrecision !== 'day' || p.placePrecision !== 'city';

export function aggregateEvents(features: readonly InFeature[]): {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: number[] };
    properties: AggregateProperties;
  }>;
} {
  const groups = new Map<
    string,
    {
      first: MapEventProperties;
      ids: string[];
      lon: number;
      lat: number;
      count: number;
      dayFrom: number;
      dayTo: number;
    }
  >();
  const add = (key: string, p: MapEventProperties, lon: number, lat: number) => {
    const group = groups.get(key);
    const dayFrom = p.dayFrom ?? Infinity;
    const dayTo = p.dayTo ?? -Infinity;
    if (!group) groups.set(key, { first: p, ids: [p.id], lon, lat, count: 1, dayFrom, dayTo });
    else {
      group.count++;
      group.lon += lon;
      group.lat += lat;
      group.dayFrom = Math.min(group.dayFrom, dayFrom);
      group.dayTo = Math.max(group.dayTo, dayTo);
      if (group.ids.length <= MEMBERS_LISTED) group.ids.push(p.id);
    }
  };
  for (const f of features) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    // An archive's tiles carry each event's sources: a mark then stands for events of the same sources only,
    // so switching a source off hides whole marks.
    const key = `${p.placeId}|${p.kind}|${uncertain(p) ? 1 : 0}|${p.abroad ? 1 : 0}|${p.sources ?? ''}`;
    add(`all|${key}`, p, lon, lat);
    // An undated event has no year to be chosen: it counts in the all-years mark only.
    if (typeof p.year === 'number' && p.year > 0) add(`${p.year}|${key}`, p, lon, lat);
  }
  return {
    type: 'FeatureCollection',
    features: [...groups].map(([key, g]) => ({
      type: 'Feature',
      // At the middle of its events: for the articles' events, the place itself.
      geometry: { type: 'Point', coordinates: [g.lon / g.count, g.lat / g.count] },
      properties: {
        ...g.first,
        // The first and last day of its events (none undated: so is its first), which a published archive
        // filters its marks by.
        ...(g.dayFrom <= g.dayTo && { dayFrom: g.dayFrom, dayTo: g.dayTo }),
        ...(key.startsWith('all|') && { year: null, allYears: true as const }),
        count: g.count,
        members: g.ids.length <= MEMBERS_LISTED ? g.ids.join(',') : '',
      },
    })),
  };
}
