/** The site's places and events as a pack may link to them, read from geo/. */
import type { KnownRecords } from '../../../src/records/checks/check-links.ts';
import type { EventRecord, PlaceRecord } from '../../../src/records/schema.ts';
import { realGeo } from '../data-build/geo-fixture.ts';

export function knownSite(): KnownRecords {
  const raw = realGeo();
  return {
    placeIds: new Set((raw.places as PlaceRecord[]).map((p) => p.id)),
    events: new Map((raw.events as EventRecord[]).map((e) => [e.id, e])),
  };
}
