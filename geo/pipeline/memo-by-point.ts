/**
 * Remembers a geometric answer per basemap object and point. Every build (and every case of the
 * property-based test) asks the same slow questions about the same few points: which country, which oblast,
 * how far to a border.
 */
export function memoByPoint<B extends object, R>(
  lookup: (basemap: B, lon: number, lat: number) => R,
): (basemap: B, lon: number, lat: number) => R {
  const caches = new WeakMap<B, Map<string, R>>();
  return (basemap, lon, lat) => {
    const cache = caches.get(basemap) ?? new Map<string, R>();
    caches.set(basemap, cache);
    const key = `${lon},${lat}`;
    if (!cache.has(key)) cache.set(key, lookup(basemap, lon, lat));
    return cache.get(key)!;
  };
}
