/// <reference lib="webworker" />
/**
 * The service worker that keeps the whole site on the reader's machine after a first visit: every file of the
 * build (app, fonts, data, articles, basemap and its detail archive) is precached in one piece when the worker
 * installs, so the map opens with the server gone. Built by vite-plugin-pwa (injectManifest), which writes the
 * list of files into `self.__WB_MANIFEST`.
 *
 * A new deployment installs beside the old one and waits: the page offers it as an update, and only when the
 * reader accepts does it take over (its message `SKIP_WAITING`), so no page ever runs half old, half new files.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { answerRange, isRangeRequest } from './range-answers.ts';
import { fromNetworkKept, isSiteFile } from './kept-files.ts';

const worker = self as unknown as ServiceWorkerGlobalScope;
type WithManifest = { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

// Before the precache route: that one would answer a byte range with the whole file, which a PMTiles reader
// takes for a host that cannot serve ranges.
registerRoute(({ request }) => isRangeRequest(request), answerRange);
// Written as `self.__WB_MANIFEST`: the build looks for those words to put the list of files in.
precacheAndRoute((self as unknown as WithManifest).__WB_MANIFEST);
cleanupOutdatedCaches();
// Any address of the app (`?place=aktobe#6/49/57`) opens the precached page; a data file opened in a tab is
// itself.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/data\//, /\/assets\//] }),
);
// Data files not precached (a published event archive's tallies and pages): from the network, and kept.
registerRoute(({ url, request }) => isSiteFile(url, request, worker.location.origin), fromNetworkKept);

// The first worker takes the page that installed it at once (the same deployment), so the archive pieces that
// page reads are kept; a later one takes pages only when the reader accepts it (SKIP_WAITING), and they reload.
clientsClaim();

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
