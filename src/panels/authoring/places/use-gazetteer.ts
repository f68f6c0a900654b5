/**
 * The gazetteer, fetched the first time a reader links a passage to a place and kept for the session: the
 * reader's first load never carries it.
 */
import { useEffect, useState } from 'react';
import { dataUrl } from '../../../corpus/load-data.ts';
import { readGazetteer, type Gazetteer } from '../../../packs/gazetteer.ts';

let loading: Promise<Gazetteer> | null = null;

function loadGazetteer(): Promise<Gazetteer> {
  loading ??= fetch(dataUrl('data/gazetteer.json'))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then(readGazetteer)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export function useGazetteer(): { gazetteer: Gazetteer | null; failed: string | null } {
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadGazetteer().then(
      (g) => live && setGazetteer(g),
      (e: Error) => live && setFailed(e.message),
    );
    return () => {
      live = false;
    };
  }, []);
  return { gazetteer, failed };
}
