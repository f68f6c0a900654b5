/**
 * MapLibre draws labels (no glyphs URL) with the bundled Noto Sans through a canvas and keeps each glyph the
 * first time it draws it. So the faces the labels use must be loaded before the map draws, or the fallback
 * font sticks. Kazakh letters come from the cyrillic-ext subset.
 */
const SAMPLE = 'Aa Ақ Әә Ғғ Өө Ұұ Үү Һһ Іі';

/** How long the page waits for the fonts before drawing anyway: a stalled font request must not keep it
 * blank (labels would then use a fallback font). */
const FONT_WAIT_MS = 4000;

export function loadMapFonts(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  const loaded = Promise.all(
    ['400', '600'].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans"`, SAMPLE)),
  ).then(
    () => undefined,
    () => undefined, // a font that fails to load must not keep the map from drawing
  );
  const waited = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
  return Promise.race([loaded, waited]);
}
