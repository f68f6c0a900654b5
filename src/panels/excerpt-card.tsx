import type { Excerpt, Source } from '../data/schema.ts';
import { SOURCE_KIND_LABEL, formatDate } from '../data/vocabulary.ts';

/** A verbatim passage with who said it; the text is rendered as text, never as HTML. */
export function ExcerptCard({
  excerpt,
  source,
  onRead,
}: {
  excerpt: Excerpt;
  source: Source | undefined;
  onRead: () => void;
}) {
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
        <button type="button" className="link-button" onClick={onRead}>
          Read in source
        </button>
      </figcaption>
    </figure>
  );
}
