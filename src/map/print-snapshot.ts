/**
 * A map on paper: a WebGL canvas prints blank once its picture has been shown, so just before printing the
 * map is drawn once more and its picture laid over it as an image (print.css shows that image and hides the
 * canvas); afterwards the image goes.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** `describe`: the picture's alternative text, asked for at printing time (the language may have changed). */
export function printSnapshots(map: MaplibreMap, describe: () => string): () => void {
  let image: HTMLImageElement | null = null;
  const before = () => {
    map.redraw();
    image = document.createElement('img');
    image.className = 'map-print-snapshot print-only';
    image.alt = describe();
    image.src = map.getCanvas().toDataURL('image/png');
    map.getContainer().append(image);
  };
  const after = () => {
    image?.remove();
    image = null;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    after();
  };
}
