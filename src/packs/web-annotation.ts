/**
 * The passages as W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): one annotation per
 * passage, its target the source's text selected by a TextQuoteSelector (quote, prefix, suffix) and a
 * TextPositionSelector (UTF-16 code units), its bodies the places and events it is linked to.
 */
import { selectPassage } from './anchoring.ts';
import type { SourcePack } from './pack-layout.ts';

/** Ids inside the pack, resolved against the pack's own address by whoever publishes it. */
const ref = (kind: string, id: string) => `${kind}/${id}`;

export function webAnnotations(pack: SourcePack): object {
  const sourceById = new Map(pack.sources.map((s) => [s.id, s]));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: pack.excerpts.length,
    first: {
      type: 'AnnotationPage',
      items: pack.excerpts.map((x) => {
        const source = sourceById.get(x.sourceId);
        // A passage written by hand keeps no context: it is read off the text, as the page keeps it.
        const context = selectPassage(source ? (pack.texts.get(source.file) ?? '') : '', x.start, x.end, '');
        return {
          id: ref('excerpts', x.id),
          type: 'Annotation',
          motivation: 'linking',
          body: [
            ...x.placeIds.map((id) => ({
              id: ref('places', id),
              type: 'SpecificResource',
              purpose: 'identifying',
            })),
            ...x.eventIds.map((id) => ({
              id: ref('events', id),
              type: 'SpecificResource',
              purpose: 'linking',
            })),
          ],
          target: {
            source: source ? `sources/${source.file}` : x.sourceId,
            ...(source?.url ? { scope: source.url } : {}),
            selector: [
              {
                type: 'TextQuoteSelector',
                exact: x.text,
                prefix: x.prefix ?? context.prefix,
                suffix: x.suffix ?? context.suffix,
              },
              { type: 'TextPositionSelector', start: x.start, end: x.end },
            ],
            ...(x.textSha256 ? { state: { type: 'HttpRequestState', value: `sha256=${x.textSha256}` } } : {}),
          },
        };
      }),
    },
  };
}
