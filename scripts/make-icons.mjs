#!/usr/bin/env node
// Draws the app's icons (public/icons/), run once by hand: `node scripts/make-icons.mjs`. A dark teal square
// with a pale steppe band and one red dot, the map's attack colour, drawn well inside the maskable safe zone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const TEAL = [22, 64, 77];
const STEPPE = [226, 214, 170];
const RED = [200, 40, 30];

function icon(size) {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = x / size;
      const v = y / size;
      const dot = Math.hypot(u - 0.5, v - 0.5) < 0.13;
      const band = v > 0.58 && v < 0.7 && u > 0.2 && u < 0.8;
      const [r, g, b] = dot ? RED : band ? STEPPE : TEAL;
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
