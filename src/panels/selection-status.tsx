/**
 * Says in words what the selection now shows, for readers who cannot see the map: a polite live region, so a
 * screen reader announces each change of year, layer or source (Play included) without moving focus.
 */
export function SelectionStatus({ shown, year }: { shown: number; year: number | null }) {
  return (
    <p className="visually-hidden selection-status" role="status">
      {`${shown} event${shown === 1 ? '' : 's'} shown, ${year === null ? 'all years' : `in ${year}`}.`}
    </p>
  );
}
