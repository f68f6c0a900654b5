/**
 * Byte ranges (`Range: bytes=…`) as a PMTiles archive asks for them. A precached file answers from its whole
 * copy, cut to the range (206). A file that is not precached (a published event archive's tiles) is asked
 * of the network; each piece it answers is kept under its range, so what the reader has seen of it opens
 * again offline.
 */
import { matchPrecache } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { keepAtMost } from './kept-files.ts';

export const PIECES_CACHE = 'steppe-range-pieces';

/** Tiles and directories of a few KB each: some tens of MB at most. */
const MOST_PIECES = 5000;

export function isRangeRequest(request: Request): boolean {
  return request.method === 'GET' && request.headers.has('range');
}

/** The key a piece is kept under: the file's address with the range it answers. */
const pieceKey = (request: Request) => {
  const url = new URL(request.url);
  // A query, not a fragment: a cache compares addresses without their fragments.
  url.searchParams.set('steppe-range', request.headers.get('range') ?? '');
  return url.href;
};

export async function answerRange({
  request,
  event,
}: {
  request: Request;
  event?: ExtendableEvent;
}): Promise<Response> {
  // Without its query: the map asks for `detail.pmtiles?attempt=2` when the reader tries a failed archive again.
  const file = new URL(request.url);
  file.search = '';
  const whole = await matchPrecache(file.href);
  if (whole) return createPartialResponse(request, whole);
  const pieces = await caches.open(PIECES_CACHE);
  try {
    const response = await fetch(request);
    // A 206 cannot be put in a cache as it is: it is kept as a plain answer under its range's key, after the
    // map has its answer.
    if (response.status === 206) event?.waitUntil(keepPiece(pieces, request, response.clone()));
    return response;
  } catch (offline) {
    const kept = await pieces.match(pieceKey(request));
    if (!kept) throw offline;
    return new Response(await kept.arrayBuffer(), { status: 206, headers: kept.headers });
  }
}

async function keepPiece(pieces: Cache, request: Request, response: Response): Promise<void> {
  const body = await response.arrayBuffer();
  await pieces.put(pieceKey(request), new Response(body, { status: 200, headers: response.headers }));
  await keepAtMost(pieces, MOST_PIECES);
}
