/**
 * Event symbols drawn on a canvas at load time: one shape per kind (so colour is never the only cue) in a
 * solid form for events dated to the day at a city, and a hollow form for uncertain ones (dated only to the
 * month or year, or placed only to a region or country). year-icons.ts gives the map a copy per year, when
 * MapLibre asks for it.
 */
import { EVENT_KINDS, type EventKind } from '../../records/schema.ts';
import { KIND_STYLE, type Shape } from '../../records/vocabulary.ts';

export const ICON_SIZE = 22;

/** Outline of each shape in a 0..1 box, shared with the legend's SVG so both look the same. */
export function shapePoints(shape: Shape): Array<[number, number]> | 'circle' {
  const polygon = (n: number, r: number, rotation = -Math.PI / 2): Array<[number, number]> =>
    Array.from({ length: n }, (_, i) => {
      const a = rotation + (i * 2 * Math.PI) / n;
      return [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)];
    });
  switch (shape) {
    case 'circle':
      return 'circle';
    case 'triangle':
      return [
        [0.5, 0.08],
        [0.94, 0.88],
        [0.06, 0.88],
      ];
    case 'square':
      return [
        [0.12, 0.12],
        [0.88, 0.12],
        [0.88, 0.88],
        [0.12, 0.88],
      ];
    case 'diamond':
      return [
        [0.5, 0.04],
        [0.96, 0.5],
        [0.5, 0.96],
        [0.04, 0.5],
      ];
    case 'hexagon':
      return polygon(6, 0.45, 0);
    case 'shield':
      return [
        [0.1, 0.1],
        [0.9, 0.1],
        [0.9, 0.5],
        [0.5, 0.95],
        [0.1, 0.5],
      ];
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const r = i % 2 === 0 ? 0.48 : 0.22;
        return [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)] as [number, number];
      });
  }
}

/** The base name of a kind's icon; year-icons.ts adds the year key. */
export function iconName(kind: EventKind, uncertain: boolean): string {
  return `${kind}-${uncertain ? 'hollow' : 'solid'}`;
}

function drawIcon(kind: EventKind, hollow: boolean, pixelRatio: number): ImageData {
  const size = ICON_SIZE * pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  // A CPU-backed canvas: reading pixels back from a GPU canvas cost ~20 ms per icon (300 ms in all).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  paintKindShape(ctx, kind, hollow, 0, 0, size, pixelRatio);
  return ctx.getImageData(0, 0, size, size);
}

/** A kind's shape in a box of `size` at (x, y): the map's icons and the exported figure's legend both. */
export function paintKindShape(
  ctx: CanvasRenderingContext2D,
  kind: EventKind,
  hollow: boolean,
  x: number,
  y: number,
  size: number,
  pixelRatio: number,
): void {
  const { colour, shape } = KIND_STYLE[kind];
  const pad = 2 * pixelRatio;
  const scale = size - 2 * pad;
  const points = shapePoints(shape);
  ctx.save();
  ctx.translate(x, y);
  ctx.beginPath();
  if (points === 'circle') ctx.arc(size / 2, size / 2, scale * 0.42, 0, 2 * Math.PI);
  else
    points.forEach(([px, py], i) =>
      i === 0
        ? ctx.moveTo(pad + px * scale, pad + py * scale)
        : ctx.lineTo(pad + px * scale, pad + py * scale),
    );
  ctx.closePath();
  ctx.lineJoin = 'round';
  if (hollow) {
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fill();
    ctx.lineWidth = 2.5 * pixelRatio;
    ctx.strokeStyle = colour;
    ctx.stroke();
  } else {
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.lineWidth = 1.2 * pixelRatio;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  ctx.restore();
}

const drawn = new Map<number, Map<string, ImageData>>();

/** Every kind's icon, solid and hollow, by base name (`attack-solid`); drawn once per pixel ratio. */
export function drawEventIcons(pixelRatio: number): Map<string, ImageData> {
  let icons = drawn.get(pixelRatio);
  if (!icons) {
    icons = new Map(
      EVENT_KINDS.flatMap((kind) =>
        [false, true].map((hollow) => [iconName(kind, hollow), drawIcon(kind, hollow, pixelRatio)] as const),
      ),
    );
    drawn.set(pixelRatio, icons);
  }
  return icons;
}
