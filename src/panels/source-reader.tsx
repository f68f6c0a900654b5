import { useEffect, useRef, useState } from 'react';
import { loadSourceText } from '../data/load-data.ts';
import type { Excerpt, Source } from '../data/schema.ts';
import { SOURCE_KIND_LABEL, formatDate } from '../data/vocabulary.ts';

/** The whole article in a modal dialog, the passage highlighted and scrolled into view. Esc closes it. */
export function SourceReader({
  excerpt,
  source,
  onClose,
}: {
  excerpt: Excerpt;
  source: Source;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    let cancelled = false;
    loadSourceText(source.file).then(
      (t) => !cancelled && setText(t),
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [source.file]);

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [text]);

  return (
    <dialog ref={dialog} className="reader" aria-labelledby="reader-title" onClose={onClose}>
      <header className="panel-header">
        <div>
          <h2 id="reader-title">{source.title}</h2>
          <p className="reader-meta">
            {source.publisher}
            {source.author && ` · ${source.author}`} · {formatDate(source.date, source.datePrecision)} ·{' '}
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
      {error && <p role="alert">{error}</p>}
      {text === null && !error && <p>Loading the article…</p>}
      {text !== null && (
        <div className="article" tabIndex={0} aria-label="Article text">
          {text.slice(0, excerpt.start)}
          <mark ref={mark} data-excerpt={excerpt.id}>
            {text.slice(excerpt.start, excerpt.end)}
          </mark>
          {text.slice(excerpt.end)}
        </div>
      )}
    </dialog>
  );
}
