/**
 * The page's side of the service worker (service-worker.ts): registers it, and offers a new deployment once it
 * has installed and waits (`updateOffer`). Accepting lets it take over, and every open page of the app then
 * reloads, so none runs on with files of two deployments. The browser's own API, a few lines: the first view
 * carries no library for it.
 */

/** The built site's worker; the dev server has none. */
const WORKER_URL = 'service-worker.js';

type Listener = () => void;
let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

/** For useSyncExternalStore: the waiting update's "apply", or null while there is none. */
export const updateOffer = {
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: () => apply,
};

function offer(waiting: ServiceWorker) {
  apply = () => waiting.postMessage({ type: 'SKIP_WAITING' });
  listeners.forEach((listener) => listener());
}

async function register(): Promise<void> {
  const workers = navigator.serviceWorker;
  // No controller: the first visit, whose worker takes no page over (the next visit opens through it).
  const hadController = workers.controller !== null;
  const registration = await workers.register(new URL(WORKER_URL, document.baseURI).href);
  if (registration.waiting && hadController) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && workers.controller !== null) offer(installing);
    });
  });
  // A new worker took over (from this page or another of the app's): this page's files are the old ones.
  if (hadController) workers.addEventListener('controllerchange', () => window.location.reload());
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
