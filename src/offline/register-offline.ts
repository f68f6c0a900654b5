/**
 * The page's side of the service worker (service-worker.ts): registers it, says when a first install has kept
 * the site for offline use, and offers a new deployment once it has installed and waits (`offlineState`). Accepting lets it take over, and every open page of the app then
 * reloads, so none runs on with files of two deployments. The browser's own API, a few lines: the first view
 * carries no library for it.
 */

/** The built site's worker; the dev server has none. */
const WORKER_URL = 'service-worker.js';

type Listener = () => void;

export interface OfflineState {
  /** A new deployment installed and waiting: this takes it. Null while there is none. */
  applyUpdate: (() => void) | null;
  /** The first install has just finished: the map now opens without a connection. */
  keptOffline: boolean;
}

let state: OfflineState = { applyUpdate: null, keptOffline: false };
const listeners = new Set<Listener>();
const change = (next: Partial<OfflineState>) => {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
};

/** For useSyncExternalStore: the offline app's state, a new object on each change. */
export const offlineState = {
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: () => state,
  /** The reader has read that the map is kept. */
  dismissKept: () => change({ keptOffline: false }),
};

function offer(waiting: ServiceWorker) {
  change({ applyUpdate: () => waiting.postMessage({ type: 'SKIP_WAITING' }) });
}

async function register(): Promise<void> {
  const workers = navigator.serviceWorker;
  // No controller: the first visit (its worker takes this page once active, the same deployment's files).
  const hadController = workers.controller !== null;
  const registration = await workers.register(new URL(WORKER_URL, document.baseURI).href);
  if (registration.waiting && hadController) offer(registration.waiting);
  // Installing already (a first visit), or later (a deployment found on a later check): each followed once,
  // though the first may also be announced by `updatefound`.
  const followed = new WeakSet<ServiceWorker>();
  const follow = (installing: ServiceWorker | null) => {
    if (!installing || followed.has(installing)) return;
    followed.add(installing);
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && workers.controller !== null) offer(installing);
      // The first worker active: everything is precached (an install is all or nothing).
      if (installing.state === 'activated' && !hadController) change({ keptOffline: true });
    });
  };
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  // A new worker took over (from this page or another of the app's): this page's files are the old ones. The
  // first worker taking an uncontrolled page is the same deployment: nothing to reload.
  let controlled = hadController;
  workers.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    controlled = true;
  });
}

/**
 * `firstViewDrawn`: the worker's first install downloads the whole site (docs/deploy.md), which would slow
 * the first view by a quarter on this machine: it is registered once that view is drawn.
 */
export function registerOfflineApp(firstViewDrawn: Promise<void>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Refused (a browser policy, a private window, a test that blocks it): the app works as before, online.
  void firstViewDrawn.then(register).catch(() => undefined);
}
