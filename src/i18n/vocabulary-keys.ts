/**
 * The message keys of the map's vocabulary (kinds, measures, source kinds, precision notes), written out so
 * the catalogue test finds each key in use. The English words are those of data/vocabulary.ts.
 */
import type { DatePrecision, EventKind, LocationPrecision, Measure, SourceKind } from '../records/schema.ts';
import type { MessageKey } from './translator.ts';

export const KIND_KEY: Record<EventKind, MessageKey> = {
  attack: 'kind.attack',
  explosion: 'kind.explosion',
  protest: 'kind.protest',
  'dispersed-rally': 'kind.dispersedRally',
  'security-response': 'kind.securityResponse',
  'prison-unrest': 'kind.prisonUnrest',
  law: 'kind.law',
};

export const MEASURE_KEY: Record<Measure, MessageKey> = {
  'killed-total': 'measure.killedTotal',
  'killed-civilians': 'measure.killedCivilians',
  'killed-security-forces': 'measure.killedSecurityForces',
  'killed-attackers': 'measure.killedAttackers',
  'killed-victims': 'measure.killedVictims',
  injured: 'measure.injured',
  casualties: 'measure.casualties',
  'detained-attackers': 'measure.detainedAttackers',
  'detained-suspects': 'measure.detainedSuspects',
  'detained-protesters': 'measure.detainedProtesters',
  'detained-businessmen-officials': 'measure.detainedBusinessmenOfficials',
  wanted: 'measure.wanted',
  participants: 'measure.participants',
  'participants-planning': 'measure.participantsPlanning',
};

export const SOURCE_KIND_KEY: Record<SourceKind, MessageKey> = {
  'international-news-outlet': 'sourceKind.internationalNews',
  'ngo-journalism': 'sourceKind.ngoJournalism',
  'advocacy-organisation': 'sourceKind.advocacy',
  'security-blog': 'sourceKind.securityBlog',
  'content-site': 'sourceKind.contentSite',
  'news-agency': 'sourceKind.newsAgency',
  'official-statement': 'sourceKind.officialStatement',
  'court-record': 'sourceKind.courtRecord',
  'human-rights-report': 'sourceKind.humanRightsReport',
  'research-report': 'sourceKind.researchReport',
  'social-media-post': 'sourceKind.socialMediaPost',
  other: 'sourceKind.other',
};

/** Said beside an event dated less precisely than a day; null for a day. */
export const DATE_PRECISION_KEY: Record<DatePrecision, MessageKey | null> = {
  day: null,
  week: 'precision.week',
  month: 'precision.month',
  year: 'precision.year',
  undated: 'precision.undated',
};

/** Said beside an event or place placed less precisely than a city; null for a city. */
export const PLACE_PRECISION_KEY: Record<LocationPrecision, MessageKey | null> = {
  city: null,
  region: 'placePrecision.region',
  country: 'placePrecision.country',
};
