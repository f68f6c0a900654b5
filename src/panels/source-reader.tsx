import { Fragment, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { articleSegments, holdsPassage, linesAndBreaks } from '../data/article-segments.ts';
import { separateAuthor } from '../data/citation.ts';
import { loadSourceText } from '../data/load-data.ts';
import type { Excerpt, Source } from '../data/schema.ts';
import { SOURCE_KIND_LABEL, formatDate } from '../data/vocabulary.ts';

/**
 * The whole article in a modal dialog, the passage (when one is given) highlighted and scrolled into view.
 * Esc closes it.
 */
export function SourceReader({
  excerpt,
  source,
  quoted,
  onClose,
}: {
  excerpt: Excerpt | null;
  source: Source;
  /** The source's passages in the data, marked when the whole article is read (no `excerpt`). */
  quoted: readonly Excerpt[];
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let cancelled = false;
    loadSourceText(source.file).then(
      (t) => !cancelled && setText(t),
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [source.file, attempt]);

  useEffect(() => {
    // The article alone scrolls to centre the passage: scrollIntoView would also scroll the dialog and the
    // page, taking the title and close button out of sight on a small screen.
    const first = mark.current;
    const article = first?.closest('.article');
    if (!first || !article) return;
    const passage = first.getBoundingClientRect();
    const shown = article.getBoundingClientRect();
    article.scrollTop += passage.top - shown.top - Math.max(0, shown.height - passage.height) / 2;
  }, [text]);

  const holds = text !== null && excerpt !== null && holdsPassage(text, excerpt);
  const segments = useMemo(
    () => (text !== null && excerpt === null ? articleSegments(text, quoted) : []),
    [text, excerpt, quoted],
  );
  const quotedCount = new Set(segments.flatMap((s) => s.excerptIds)).size;
  const author = separateAuthor(source);

  return (
    <dialog ref={dialog} className="reader" aria-labelledby="reader-title" onClose={onClose}>
      <header className="panel-header">
        <div>
          <h2 id="reader-title">{source.title}</h2>
          <p className="reader-meta">
            {source.publisher}
            {author && ` · ${author}`} · {formatDate(source.date, source.datePrecision)} ·{' '}
            {SOURCE_KIND_LABEL[source.kind]}
          </p>
        </div>
        <button
          type="button"
          className="close"
          onClick={() => dialog.current?.close()}
          aria-label="Close the article"
        >
          ×
        </button>
      </header>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
          <button
            type="button"
            onClick={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </button>
        </div>
      )}
      {text === null && !error && <p>Loading the article…</p>}
      {text !== null && excerpt === null && (
        <>
          <p className="hint">
            {quotedCount > 0
              ? `Marked: the ${quotedCount === 1 ? 'passage' : `${quotedCount} passages`} of this article that the map quotes.`
              : 'The map quotes no passage of this article.'}
          </p>
          <div className="article" tabIndex={0} aria-label="Article text">
            {segments.map((s, i) =>
              s.excerptIds.length > 0 ? (
                <Marked key={i} text={s.text} className="quoted" data-excerpts={s.excerptIds.join(' ')} />
              ) : (
                <Fragment key={i}>{s.text}</Fragment>
              ),
            )}
          </div>
        </>
      )}
      {text !== null && excerpt !== null && holds && (
        <div className="article" tabIndex={0} aria-label="Article text">
          {text.slice(0, excerpt.start)}
          <Marked first={mark} text={text.slice(excerpt.start, excerpt.end)} data-excerpt={excerpt.id} />
          {text.slice(excerpt.end)}
        </div>
      )}
      {text !== null && excerpt !== null && !holds && (
        <>
          <p className="notice notice-error" role="alert">
            This copy of the article does not hold the passage where the data say it is, so nothing is
            highlighted: the article file and the data no longer match. The passage as the data quote it:
          </p>
          <blockquote className="unmatched-passage">{excerpt.text}</blockquote>
          <div className="article" tabIndex={0} aria-label="Article text">
            {text}
          </div>
        </>
      )}
    </dialog>
  );
}

/**
 * A run marked line by line, its line breaks left bare: a passage over two paragraphs would otherwise mark
 * the blank line between them as an empty box. `first` is the first mark, to scroll to.
 */
function Marked({
  text,
  first,
  ...attributes
}: {
  text: string;
  first?: Ref<HTMLElement>;
  className?: string;
  'data-excerpt'?: string;
  'data-excerpts'?: string;
}) {
  const lines = linesAndBreaks(text);
  const firstLine = lines.findIndex((line) => !line.isBreak);
  return lines.map((line, i) =>
    line.isBreak ? (
      <Fragment key={i}>{line.text}</Fragment>
    ) : (
      <mark key={i} ref={i === firstLine ? first : undefined} {...attributes}>
        {line.text}
      </mark>
    ),
  );
}
