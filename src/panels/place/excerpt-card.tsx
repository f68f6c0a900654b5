import { useEffect, useState } from 'react';
import { citation } from '../../corpus/citation.ts';
import type { Excerpt, PlaceProperties, Source } from '../../records/schema.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import { placeName } from '../../i18n/place-names.ts';
import { SOURCE_KIND_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';

type CopyState = 'copied' | 'failed' | null;

const COPY_MESSAGE: Record<Exclude<CopyState, null>, MessageKey> = {
  copied: 'excerpt.copied',
  // The clipboard needs a secure context (https or localhost) and the reader's permission.
  failed: 'excerpt.copyFailed',
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
  const { t, date, lang } = useT();
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
      {/* The source's words are never translated: in another language the reader is told they are English. */}
      {lang !== 'en' && <p className="in-english">{t('excerpt.inEnglish')}</p>}
      <figcaption>
        <span className="publisher">{source?.publisher ?? excerpt.sourceId}</span>
        {source && (
          <>
            {' · '}
            <span>{date(source.date, source.datePrecision)}</span>
            {' · '}
            <span className={`source-kind kind-${source.kind}`}>{t(SOURCE_KIND_KEY[source.kind])}</span>
          </>
        )}
        <span className="excerpt-actions">
          <button type="button" className="link-button" onClick={onRead}>
            {t('excerpt.read')}
          </button>
          <button type="button" className="link-button" onClick={copyCitation}>
            {t('excerpt.copy')}
          </button>
        </span>
        <span className="copy-status" aria-live="polite">
          {copy && t(COPY_MESSAGE[copy])}
        </span>
        {alsoAbout.length > 0 && (
          <span className="also-about">
            {t('excerpt.alsoAbout')}{' '}
            {alsoAbout.map((place, i) => (
              <span key={place.id}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => onSelectPlace(place.id)}>
                  {placeName(place, lang)}
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
