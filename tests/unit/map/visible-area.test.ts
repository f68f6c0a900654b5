import { describe, expect, it } from 'vitest';
import { boundsOf, isInView, uncoveredHeight } from '../../../src/map/camera/visible-area.ts';

const map = { left: 0, top: 100, right: 390, bottom: 700 };

describe('the part of the map a panel leaves visible', () => {
  it('is the whole map when no panel is open', () => {
    expect(uncoveredHeight(map, null)).toBe(600);
  });

  it('ends where a bottom sheet begins', () => {
    expect(uncoveredHeight(map, { left: 0, top: 400, right: 390, bottom: 844 })).toBe(300);
  });

  it('is the whole map when the panel stands beside it', () => {
    expect(uncoveredHeight(map, { left: 390, top: 60, right: 800, bottom: 800 })).toBe(600);
  });

  it('counts a point under the sheet, or at the very edge, as out of view', () => {
    expect(isInView({ x: 200, y: 250 }, 390, 300, 16)).toBe(true);
    expect(isInView({ x: 200, y: 295 }, 390, 300, 16)).toBe(false);
    expect(isInView({ x: 5, y: 150 }, 390, 300, 16)).toBe(false);
  });
});

describe('the box around a source’s places', () => {
  it('runs from the westmost and southmost place to the eastmost and northmost', () => {
    const nalchik = [43.6, 43.5] as const;
    const aktobe = [57.2, 50.3] as const;
    const balkhash = [75.0, 46.8] as const;
    expect(boundsOf([aktobe, nalchik, balkhash])).toEqual([
      [43.6, 43.5],
      [75.0, 50.3],
    ]);
  });
  it('is a point for one place and nothing for none', () => {
    expect(boundsOf([[57.2, 50.3]])).toEqual([
      [57.2, 50.3],
      [57.2, 50.3],
    ]);
    expect(boundsOf([])).toBeNull();
  });
});
