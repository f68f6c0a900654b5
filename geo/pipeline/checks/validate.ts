/**
 * Validates the hand-written records in geo/: the checks every record set gets (src/records/checks, the same
 * a source pack gets in the page), then each place against the Natural Earth country it names.
 */
import { validateRecords, type Validation } from '../../../src/records/checks/validate-records.ts';
import { GEO_FILES } from '../../../src/records/checks/record-files.ts';
import { checkPlaces } from './check-places.ts';
import type { RawGeo } from '../geo-files.ts';

export type { Validation };

export function validateGeo(raw: RawGeo): Validation {
  const validation = validateRecords(raw, GEO_FILES);
  checkPlaces(raw.countries, validation.records.places, validation.problems);
  return validation;
}
