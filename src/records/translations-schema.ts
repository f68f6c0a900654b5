/** geo/translations.json: our words in Russian and Kazakh, and the records still waiting for them. */
import { z } from './zod.ts';
import { slug } from './slug.ts';

/** Our words in Russian and Kazakh for each event (summary, date note) and source (speaker, date note). */
const eventWords = z.strictObject({ summary: z.string().min(1), dateNote: z.string().min(1).optional() });
const sourceWords = z.strictObject({ speaker: z.string().min(1), dateNote: z.string().min(1).optional() });
export const translationsFile = z.object({
  events: z.record(slug, z.strictObject({ ru: eventWords, kk: eventWords })),
  sources: z.record(slug, z.strictObject({ ru: sourceWords, kk: sourceWords })),
  /** Whom a source attributes a figure to, in our words: by the English as the claims write it. */
  attributions: z.record(z.string().min(1), z.strictObject({ ru: z.string().min(1), kk: z.string().min(1) })),
  /** Each oblast's name, by the basemap's (Natural Earth's) English name that places carry. */
  oblasts: z.record(z.string().min(1), z.strictObject({ ru: z.string().min(1), kk: z.string().min(1) })),
  /**
   * Records published from a source pack (npm run add-sources) whose words are not yet in Russian and Kazakh:
   * shown as their author wrote them until someone translates them and takes them off this list.
   */
  untranslated: z
    .strictObject({
      events: z.array(slug),
      sources: z.array(slug),
      attributions: z.array(z.string().min(1)),
    })
    .optional(),
});
export type Translations = z.infer<typeof translationsFile>;
