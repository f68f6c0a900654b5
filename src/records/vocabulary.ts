/** Colours and shapes for the kinds of events, and when an event is drawn hollow. Their names, in each
 * language, are the interface's words (src/i18n). */
import type { EventKind, EventProperties } from './schema.ts';

export type Shape = 'triangle' | 'star' | 'circle' | 'square' | 'shield' | 'hexagon' | 'diamond';

/** Okabe–Ito colours (distinguishable with common colour-blindness) plus a distinct shape per kind. */
export const KIND_STYLE: Record<EventKind, { colour: string; shape: Shape }> = {
  attack: { colour: '#D55E00', shape: 'triangle' },
  explosion: { colour: '#CC79A7', shape: 'star' },
  protest: { colour: '#0072B2', shape: 'circle' },
  'dispersed-rally': { colour: '#56B4E9', shape: 'square' },
  'security-response': { colour: '#009E73', shape: 'shield' },
  'prison-unrest': { colour: '#E69F00', shape: 'hexagon' },
  law: { colour: '#555555', shape: 'diamond' },
};

/** Drawn hollow, on the map and in the lists: dated less precisely than a day, or placed less than a city.
 * The map's layer says the same in a style expression (UNCERTAIN in map/layers.ts); a test holds them equal. */
export function isUncertain(e: Pick<EventProperties, 'datePrecision' | 'placePrecision'>): boolean {
  return e.datePrecision !== 'day' || e.placePrecision !== 'city';
}
