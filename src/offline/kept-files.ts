/**
 * The site's files that were not in the build the service worker precached — those `npm run publish-events`
 * writes afterwards (an archive's manifest, a place's pages). Fetched from the network while it answers, and
 * each kept, so the places the reader has opened open again offline.
 */
export const KEPT_CACHE = 'steppe-site-files';

export function isSiteFile(url: URL, request: Request, origin: string): boolean {
  return request.method === 'GET' && url.origin === origin && url.pathname.includes('/data/');
}

export async function fromNetworkKept({ request }: { request: Request }): Promise<Response> {
  const kept = await caches.open(KEPT_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await kept.put(request, response.clone());
    return response;
  } catch (offline) {
    const copy = await kept.match(request);
    if (!copy) throw offline;
    return copy;
  }
}
