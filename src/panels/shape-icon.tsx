import type { EventKind } from '../records/schema.ts';
import { KIND_STYLE } from '../records/vocabulary.ts';
import { shapePoints } from '../map/events/event-icons.ts';

/** The same shape the map draws for a kind, as a small SVG for the legend and the lists. */
export function ShapeIcon({
  kind,
  hollow = false,
  size = 16,
}: {
  kind: EventKind;
  hollow?: boolean;
  size?: number;
}) {
  const { colour, shape } = KIND_STYLE[kind];
  const points = shapePoints(shape);
  const paint = hollow
    ? { fill: '#fff', stroke: colour, strokeWidth: 0.14 }
    : { fill: colour, stroke: '#fff', strokeWidth: 0.06 };
  return (
    <svg width={size} height={size} viewBox="-0.1 -0.1 1.2 1.2" aria-hidden="true" focusable="false">
      {points === 'circle' ? (
        <circle cx={0.5} cy={0.5} r={0.42} {...paint} />
      ) : (
        <polygon points={points.map(([x, y]) => `${x},${y}`).join(' ')} {...paint} strokeLinejoin="round" />
      )}
    </svg>
  );
}
