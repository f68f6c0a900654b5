/**
 * How much of the map a reader can see when a panel is laid over it: on a phone the place panel is a bottom
 * sheet over the lower part of the map, so a chosen city there would be hidden under its own panel.
 */

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Height, from the map's top, that no panel covers: the map's full height unless a panel spans its width
 * and overlaps its lower edge (a panel beside the map, as on a desktop, covers nothing). */
export function uncoveredHeight(map: Box, panel: Box | null): number {
  const height = map.bottom - map.top;
  if (!panel) return height;
  const spansWidth = panel.left <= map.left + 1 && panel.right >= map.right - 1;
  if (!spansWidth || panel.top >= map.bottom || panel.bottom < map.bottom) return height;
  return Math.max(0, panel.top - map.top);
}

/** Whether a point on the map (pixels from its top left) can be seen with a margin around it. */
export function isInView(
  point: { x: number; y: number },
  width: number,
  visibleHeight: number,
  margin: number,
): boolean {
  return (
    point.x >= margin && point.x <= width - margin && point.y >= margin && point.y <= visibleHeight - margin
  );
}

/** The smallest [[west, south], [east, north]] box holding every point, or null for none. */
export function boundsOf(
  points: ReadonlyArray<readonly [number, number]>,
): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
