/**
 * Says in words what the selection now shows, out of how many events are loaded, and over which range (the
 * timeline's drawer says the same where it can be seen): a polite live region, so a screen reader announces
 * each change of range, layer or source (Play included) without moving focus.
 */
import { useT } from '../i18n/i18n-context.tsx';
import { rangeWords } from '../i18n/range-words.ts';
import type { DaySpan } from '../records/day-span.ts';

export function SelectionStatus({
  shown,
  total,
  range,
}: {
  shown: number;
  total: number;
  range: DaySpan | null;
}) {
  const tr = useT();
  return (
    <p className="visually-hidden selection-status" role="status">
      {tr.t('status.shownOf', { count: shown, total, range: rangeWords(range, tr) })}
    </p>
  );
}
