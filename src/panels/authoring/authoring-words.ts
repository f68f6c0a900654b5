/** The names the authoring forms give the record words (precisions), beside the map's own (vocabulary-keys). */
import type { MessageKey } from '../../i18n/message-key.ts';
import type { DatePrecision, LocationPrecision } from '../../records/schema.ts';

export const DATE_PRECISION_NAME_KEY: Record<DatePrecision, MessageKey> = {
  day: 'author.precision.day',
  week: 'author.precision.week',
  month: 'author.precision.month',
  year: 'author.precision.year',
  undated: 'author.precision.undated',
};

export const PLACE_PRECISION_NAME_KEY: Record<LocationPrecision, MessageKey> = {
  city: 'author.placePrecision.city',
  region: 'author.placePrecision.region',
  country: 'author.placePrecision.country',
};
