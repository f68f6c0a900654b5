import type { BBox } from 'geojson';

/**
 * The map frame: Kazakhstan, its neighbours and the regional comparisons (Nalchik, Tajikistan,
 * Kyrgyzstan). The basemap is clipped to it, and a place outside it is a data error.
 * [west, south, east, north] in degrees.
 */
export const BASEMAP_FRAME: BBox = [28, 28, 102, 62];
