// Types for the benchmark's generator, so TypeScript tests can use it (the script itself stays plain ESM).
import type { EventsCollection, PlacesCollection } from '../../src/records/schema.ts';

export const KINDS: readonly string[];
export function generateEvents(
  places: PlacesCollection,
  sourceIds: readonly string[],
  count: number,
  seed?: number,
): EventsCollection;
