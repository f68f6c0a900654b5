import { useEffect, useState } from 'react';

/**
 * True once a tile protocol is registered with MapLibre (`register` resolves), asked for only when `wanted`
 * first becomes true: the page's own event tiles (at once), the pmtiles archives (when one is needed).
 */
export function useProtocolReady(register: () => Promise<void>, wanted = true): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void register().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [register, wanted]);
  return ready;
}
