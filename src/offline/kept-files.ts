/**
 * The site's data files the service worker does not precache — a published event archive's tallies and a
 * place's pages (PRECACHE_LEFT_OUT). Fetched from the network while it answers, and each kept, so the places
 * the reader has opened open again offline.
 */
export const KEPT_CACHE = 'steppe-site-files';

/**
 * Drops the oldest entries past `most` (a cache lists its entries in the order they were put): what a reader
 * roams through in a large archive must not fill their disk.
 */
export async function keepAtMost(cache: Cache, most: number): Promise<void> {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - most))) await cache.delete(key);
}

/** A place's pages and an archive's manifest: about 400 KB a page at most. */
const MOST_FILES = 500;

export function isSiteFile(url: URL, request: Request, origin: string): boolean {
  return request.method === 'GET' && url.origin === origin && url.pathname.includes('/data/');
}

export async function fromNetworkKept({
  request,
  event,
}: {
  request: Request;
  event?: ExtendableEvent;
}): Promise<Response> {
  const kept = await caches.open(KEPT_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) event?.waitUntil(keep(kept, request, response.clone()));
    return response;
  } catch (offline) {
    const copy = await kept.match(request);
    if (!copy) throw offline;
    return copy;
  }
}

async function keep(kept: Cache, request: Request, response: Response): Promise<void> {
  await kept.put(request, response);
  await keepAtMost(kept, MOST_FILES);
}
