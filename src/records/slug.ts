import { z } from './zod.ts';

/** Lowercase slug: links carry these ids, so they must be stable and URL-safe. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "semey"');

/** An id as a reader may type it in a URL (`?place=Aktobe `), brought to the slug it means. */
export function normaliseId(token: string): string {
  return token.trim().toLowerCase();
}
