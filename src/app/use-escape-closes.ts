/** Esc closes the place panel, else the sources view (the article reader, a dialog, handles its own Esc). */
import { useEffect } from 'react';

export function useEscapeCloses(
  readingOpen: boolean,
  placeOpen: boolean,
  sourcesOpen: boolean,
  closePlace: () => void,
  closeSources: () => void,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || readingOpen) return;
      if (placeOpen) closePlace();
      else if (sourcesOpen) closeSources();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readingOpen, placeOpen, sourcesOpen, closePlace, closeSources]);
}
