/**
 * The page's side of the service worker (service-worker.ts): registers it, and offers a new deployment once it
 * has installed and waits (`updateOffer`). Accepting lets it take over, and every open page of the app then
 * reloads, so none runs on with files of two deployments.
 */
import { Workbox } from 'workbox-window';

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

export function registerOfflineApp(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(new URL(WORKER_URL, document.baseURI).href);
  const hadController = navigator.serviceWorker.controller !== null;
  wb.addEventListener('waiting', () => {
    apply = () => wb.messageSkipWaiting();
    listeners.forEach((listener) => listener());
  });
  // A new worker took over (from this page or another of the app's): this page's files are the old ones.
  if (hadController) navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
  // Refused (a browser policy, a private window): the app works as before, online.
  wb.register().catch(() => undefined);
}
