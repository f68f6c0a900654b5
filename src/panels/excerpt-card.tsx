import { useEffect, useState } from 'react';
import { citation } from '../data/citation.ts';
import type { Excerpt, PlaceProperties, Source } from '../data/schema.ts';
import { SOURCE_KIND_LABEL, formatDate } from '../data/vocabulary.ts';

type CopyState = 'copied' | 'failed' | null;

const COPY_MESSAGE: Record<Exclude<CopyState, null>, string> = {
  copied: 'Copied, with its source.',
  // The clipboard needs a secure context (https or localhost) and the reader's permission.
  failed: 'This browser would not copy it; select the passage instead.',
};

/** A verbatim passage with who said it; the text is rendered as text, never as HTML. */
export function ExcerptCard({
  excerpt,
  source,
  alsoAbout,
  onRead,
  onSelectPlace,
}: {
  excerpt: Excerpt;
  source: Source | undefined;
  /** The other places the passage speaks of: a reader can follow it there. */
  alsoAbout: readonly PlaceProperties[];
  onRead: () => void;
  onSelectPlace: (placeId: string) => void;
}) {
  const [copy, setCopy] = useState<CopyState>(null);
  useEffect(() => {
    if (copy === null) return;
    const timer = setTimeout(() => setCopy(null), 4000);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyCitation = () => {
    // Absent outside a secure context, so reached through optional chaining, not assumed.
    const write = navigator.clipboard?.writeText(citation(excerpt, source));
    if (!write) setCopy('failed');
    else
      write.then(
        () => setCopy('copied'),
        () => setCopy('failed'),
      );
  };

  return (
    <figure className="excerpt" data-excerpt={excerpt.id}>
      <blockquote lang="en">{excerpt.text}</blockquote>
      <figcaption>
        <span className="publisher">{source?.publisher ?? excerpt.sourceId}</span>
        {source && (
          <>
            {' · '}
            <span>{formatDate(source.date, source.datePrecision)}</span>
            {' · '}
            <span className={`source-kind kind-${source.kind}`}>{SOURCE_KIND_LABEL[source.kind]}</span>
          </>
        )}
        <span className="excerpt-actions">
          <button type="button" className="link-button" onClick={onRead}>
            Read in source
          </button>
          <button type="button" className="link-button" onClick={copyCitation}>
            Copy quote
          </button>
        </span>
        <span className="copy-status" aria-live="polite">
          {copy && COPY_MESSAGE[copy]}
        </span>
        {alsoAbout.length > 0 && (
          <span className="also-about">
            Also about:{' '}
            {alsoAbout.map((place, i) => (
              <span key={place.id}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => onSelectPlace(place.id)}>
                  {place.nameEn}
                </button>
              </span>
            ))}
          </span>
        )}
        {/* On paper the buttons go: the passage is cited in full instead. */}
        <span className="print-only print-citation">{citation(excerpt, source)}</span>
      </figcaption>
    </figure>
  );
}
