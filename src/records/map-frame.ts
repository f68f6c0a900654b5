import type { BBox } from 'geojson';

/**
 * The map frame: Kazakhstan, its neighbours and the regional comparisons (Nalchik, Tajikistan,
 * Kyrgyzstan). The basemap is clipped to it, and a place outside it is a data error.
 * [west, south, east, north] in degrees.
 */
export const BASEMAP_FRAME: BBox = [28, 28, 102, 62];

/** The basemap's detail (lakes, rivers, towns) is drawn from this zoom; asked for a little before. */
export const DETAIL_MIN_ZOOM = 5;
export const DETAIL_WANTED_ZOOM = 4.5;
/** The map's own deepest zoom, to which the detail is cut: past it there is nothing finer (the map says so). */
export const DETAIL_MAX_ZOOM = 10;
/** The region the detail covers: Kazakhstan and its borderlands (west, south, east, north). */
export const DETAIL_REGION = [44, 36, 90, 57] as const;
