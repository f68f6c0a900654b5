/** Labels, colours and shapes for the kinds of events and sources, date display at its precision, a place's
 * oblast as the panel says it, and when an event is drawn hollow. */
import type { DatePrecision, EventKind, EventProperties, Measure, SourceKind } from './schema.ts';

export type Shape = 'triangle' | 'star' | 'circle' | 'square' | 'shield' | 'hexagon' | 'diamond';

/** Okabe–Ito colours (distinguishable with common colour-blindness) plus a distinct shape per kind. */
export const KIND_STYLE: Record<EventKind, { label: string; colour: string; shape: Shape }> = {
  attack: { label: 'Attack', colour: '#D55E00', shape: 'triangle' },
  explosion: { label: 'Explosion (cause unclear)', colour: '#CC79A7', shape: 'star' },
  protest: { label: 'Protest', colour: '#0072B2', shape: 'circle' },
  'dispersed-rally': { label: 'Rally dispersed', colour: '#56B4E9', shape: 'square' },
  'security-response': { label: 'Security response', colour: '#009E73', shape: 'shield' },
  'prison-unrest': { label: 'Prison unrest', colour: '#E69F00', shape: 'hexagon' },
  law: { label: 'Law or policy', colour: '#555555', shape: 'diamond' },
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  'international-news-outlet': 'International news outlet',
  'ngo-journalism': 'NGO journalism',
  'advocacy-organisation': 'Advocacy organisation (partisan)',
  'security-blog': 'Security blog',
  'content-site': 'Content site',
};

export const MEASURE_LABEL: Record<Measure, string> = {
  'killed-total': 'Killed, all told',
  'killed-civilians': 'Civilians killed',
  'killed-security-forces': 'Security forces killed',
  'killed-attackers': 'Attackers killed',
  'killed-victims': 'People killed by the attacker',
  injured: 'Injured',
  'detained-attackers': 'Attackers detained',
  'detained-suspects': 'Suspected helpers detained',
  'detained-protesters': 'Protesters detained',
  'detained-businessmen-officials': 'Businessmen and officials detained',
  casualties: 'Casualties (killed and injured)',
  wanted: 'Still wanted',
  participants: 'Took part',
  'participants-planning': 'Took part in planning',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "12 November 2011", "April 2016", "2005", "undated": never more precise than the source. */
export function formatDate(date: string | null, precision: DatePrecision): string {
  if (date === null || precision === 'undated') return 'undated';
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (precision === 'day') return `${Number(d)} ${month} ${y}`;
  if (precision === 'week') return `the week around ${Number(d)} ${month} ${y}`;
  if (precision === 'month') return `${month} ${y}`;
  return y!;
}

export const PRECISION_NOTE: Record<DatePrecision, string | null> = {
  day: null,
  week: 'dated to the week only',
  month: 'dated to the month only',
  year: 'dated to the year only',
  undated: 'no date in the source',
};

/** Drawn hollow, on the map and in the lists: dated less precisely than a day, or placed less than a city.
 * The map's layer says the same in a style expression (UNCERTAIN in map/layers.ts); a test holds them equal. */
export function isUncertain(e: Pick<EventProperties, 'datePrecision' | 'placePrecision'>): boolean {
  return e.datePrecision !== 'day' || e.placePrecision !== 'city';
}
