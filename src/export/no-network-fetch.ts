/**
 * Stands in for node-fetch inside citation.js (see vite.config.ts): the library fetches only when handed a URL
 * or a DOI, which the export never does, and this map asks no server for anything. Without the stand-in the
 * page's bundle would carry node-fetch's Node-only code.
 */
export default function refuse(): Promise<never> {
  return Promise.reject(new Error('Steppe Sources makes its citations offline: nothing is fetched.'));
}
export const Headers = globalThis.Headers;
