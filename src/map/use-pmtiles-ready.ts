import { useEffect, useState } from 'react';
import { pmtilesReady } from './pmtiles-protocol.ts';

/** True once the pmtiles protocol is registered, asked for only when `wanted` first becomes true. */
export function usePmtilesReady(wanted: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void pmtilesReady().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [wanted]);
  return ready;
}
