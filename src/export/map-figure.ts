/**
 * The map as a figure ready to publish: the current view drawn at twice its size, with a title, the
 * selection, the legend of the layers shown, a scale bar and the credits the basemap's licences require,
 * all drawn into one PNG in the browser.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { EventKind } from '../records/schema.ts';
import { paintKindShape } from '../map/events/event-icons.ts';

export interface FigureText {
  title: string;
  /** The selection in words: year, layers, sources. */
  subtitle: string;
  kinds: readonly EventKind[];
  credits: string;
  kindLabel: (kind: EventKind) => string;
  scaleLabel: (km: number) => string;
}

const RATIO = 2;
const HEADER = 58;
const FONT = '"Noto Sans", sans-serif';
const INK = '#1d2327';
const MUTED = '#55606a';

/** The map's drawing at `RATIO`, taken straight after a redraw (its WebGL buffer is gone once shown). */
function snapshot(map: MaplibreMap): HTMLCanvasElement {
  const before = map.getPixelRatio();
  map.setPixelRatio(RATIO);
  try {
    map.redraw();
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')!.drawImage(source, 0, 0);
    return copy;
  } finally {
    map.setPixelRatio(before);
    map.redraw();
  }
}

/** A round distance (1, 2 or 5 × a power of ten km) whose bar is at most `maxPx` CSS pixels long. */
export function scaleBar(metresPerPixel: number, maxPx: number): { km: number; px: number } {
  const maxKm = (metresPerPixel * maxPx) / 1000;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((n) => n * power).find((d) => d <= maxKm) ?? power;
  return { km, px: (km * 1000) / metresPerPixel };
}

/** Metres on the ground per CSS pixel at the map's centre (Web Mercator, 512-pixel tiles). */
function metresPerPixel(map: MaplibreMap): number {
  const lat = (map.getCenter().lat * Math.PI) / 180;
  return (40_075_016.686 * Math.cos(lat)) / (512 * 2 ** map.getZoom());
}

/** Words laid into lines no wider than `width`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface LegendItem {
  kind: EventKind;
  x: number;
  row: number;
}

/** The legend's items placed in rows that fit the width. */
function layLegend(
  ctx: CanvasRenderingContext2D,
  kinds: readonly EventKind[],
  width: number,
  label: (kind: EventKind) => string,
): LegendItem[] {
  ctx.font = `12px ${FONT}`;
  let x = 12;
  let row = 0;
  return kinds.map((kind) => {
    const itemWidth = 18 + ctx.measureText(label(kind)).width + 14;
    if (x > 12 && x + itemWidth > width - 12) [x, row] = [12, row + 1];
    const item = { kind, x, row };
    x += itemWidth;
    return item;
  });
}

export async function mapFigure(map: MaplibreMap, text: FigureText): Promise<Blob> {
  await document.fonts.ready;
  const picture = snapshot(map);
  const width = picture.width / RATIO;
  const mapHeight = picture.height / RATIO;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;

  // Laid out first, so the footer is as tall as what it holds.
  const legend = layLegend(ctx, text.kinds, width, text.kindLabel);
  const legendRows = Math.max(1, ...legend.map((item) => item.row + 1));
  const bar = scaleBar(metresPerPixel(map), 120);
  const creditsWidth = width - 12 - bar.px - 36;
  ctx.font = `10px ${FONT}`;
  const credits = wrap(ctx, text.credits, creditsWidth);
  const footerTop = HEADER + mapHeight;
  const creditsTop = footerTop + 14 + legendRows * 20;
  const height = creditsTop + credits.length * 13 + 10;

  canvas.width = width * RATIO;
  canvas.height = height * RATIO;
  ctx.scale(RATIO, RATIO);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = INK;
  ctx.font = `600 18px ${FONT}`;
  ctx.fillText(text.title, 12, 25);
  ctx.fillStyle = MUTED;
  ctx.font = `13px ${FONT}`;
  wrap(ctx, text.subtitle, width - 24)
    .slice(0, 1)
    .forEach((line) => ctx.fillText(line, 12, 46));

  ctx.drawImage(picture, 0, HEADER, width, mapHeight);
  ctx.strokeStyle = '#c9d0d6';
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, HEADER + 0.5, width - 1, mapHeight - 1);

  ctx.font = `12px ${FONT}`;
  for (const { kind, x, row } of legend) {
    const y = footerTop + 22 + row * 20;
    paintKindShape(ctx, kind, false, x, y - 12, 14, 1);
    ctx.fillStyle = INK;
    ctx.fillText(text.kindLabel(kind), x + 18, y);
  }

  // The scale bar, right of the credits, for the map's centre.
  const barX = width - 12 - bar.px;
  const barY = creditsTop + 14;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(barX, barY - 5);
  ctx.lineTo(barX, barY);
  ctx.lineTo(barX + bar.px, barY);
  ctx.lineTo(barX + bar.px, barY - 5);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `11px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(text.scaleLabel(bar.km), width - 12, barY - 8);
  ctx.textAlign = 'left';

  ctx.fillStyle = MUTED;
  ctx.font = `10px ${FONT}`;
  credits.forEach((line, i) => ctx.fillText(line, 12, creditsTop + 10 + i * 13));

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser made no image'))),
      'image/png',
    ),
  );
}
