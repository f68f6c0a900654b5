/**
 * A claim is a figure as its source states it: its excerpt must come from the same source, link the same
 * event and state the figure (a number, a range such as 6-7, or the source's words such as "scores").
 */
import type { ClaimRecord } from '../schema.ts';
import type { Linked } from './check-links.ts';
import { mentionsFigure, mentionsWords } from './number-words.ts';
import type { Problem } from './problems.ts';

export function checkClaims(
  claims: readonly ClaimRecord[],
  known: Pick<Linked, 'files' | 'eventById' | 'sourceById' | 'excerptById'>,
  problems: Problem[],
): void {
  const problem = (c: ClaimRecord, field: string, message: string) =>
    problems.push({ file: known.files.claims, record: c.id, field, message });

  for (const c of claims) {
    if (!known.eventById.has(c.eventId)) problem(c, 'eventId', `unknown event id "${c.eventId}"`);
    if (!known.sourceById.has(c.sourceId)) problem(c, 'sourceId', `unknown source id "${c.sourceId}"`);
    if (c.value === null && c.valueText === undefined) {
      problem(
        c,
        'valueText',
        'is required when value is null (the source\'s words for the quantity, e.g. "scores")',
      );
    }
    if (c.value !== null && c.valueText !== undefined) {
      problem(c, 'valueText', `must be left out when the source gives a number (value ${c.value})`);
    }
    if (c.valueMax !== undefined && (c.value === null || c.valueMax <= c.value)) {
      problem(c, 'valueMax', `must be greater than value ${c.value}`);
    }
    const excerpt = known.excerptById.get(c.excerptId);
    if (!excerpt) {
      problem(c, 'excerptId', `unknown excerpt id "${c.excerptId}"`);
      continue;
    }
    if (excerpt.sourceId !== c.sourceId) {
      problem(c, 'excerptId', `excerpt "${excerpt.id}" is from "${excerpt.sourceId}", not "${c.sourceId}"`);
    }
    if (!excerpt.eventIds.includes(c.eventId)) {
      problem(c, 'excerptId', `excerpt "${excerpt.id}" does not link event "${c.eventId}"`);
    }
    if (c.value !== null && !mentionsFigure(excerpt.text, c.value, c.valueMax)) {
      const figure = c.valueMax === undefined ? String(c.value) : `${c.value}-${c.valueMax}`;
      problem(c, 'value', `excerpt "${excerpt.id}" does not mention ${figure}`);
    }
    if (c.valueText !== undefined && !mentionsWords(excerpt.text, c.valueText)) {
      problem(c, 'valueText', `excerpt "${excerpt.id}" does not contain "${c.valueText}"`);
    }
  }
}
