import { Fragment, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { articleSegments, holdsPassage, linesAndBreaks } from './article-segments.ts';
import { separateAuthor } from '../../corpus/citation.ts';
import { readSourceText } from '../../corpus/data-store.ts';
import type { Excerpt, Source } from '../../records/schema.ts';
import { SOURCE_KIND_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';

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
  const { t, date } = useT();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let cancelled = false;
    readSourceText(source.file).then(
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
          <h2 id="reader-title" lang="en">
            {source.title}
          </h2>
          <p className="reader-meta">
            {source.publisher}
            {author && ` · ${author}`} · {date(source.date, source.datePrecision)} ·{' '}
            {t(SOURCE_KIND_KEY[source.kind])}
          </p>
        </div>
        <button
          type="button"
          className="close"
          onClick={() => dialog.current?.close()}
          aria-label={t('reader.close')}
        >
          ×
        </button>
      </header>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{t('reader.loadFailed', { reason: error })}</p>
          <button
            type="button"
            onClick={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t('notice.tryAgain')}
          </button>
        </div>
      )}
      {text === null && !error && <p>{t('reader.loading')}</p>}
      {text !== null && excerpt === null && (
        <>
          <p className="hint">
            {quotedCount > 0 ? t('reader.marked', { count: quotedCount }) : t('reader.noneQuoted')}
          </p>
          <div className="article" tabIndex={0} aria-label={t('reader.articleText')}>
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
        <div className="article" tabIndex={0} aria-label={t('reader.articleText')}>
          {text.slice(0, excerpt.start)}
          <Marked first={mark} text={text.slice(excerpt.start, excerpt.end)} data-excerpt={excerpt.id} />
          {text.slice(excerpt.end)}
        </div>
      )}
      {text !== null && excerpt !== null && !holds && (
        <>
          <p className="notice notice-error" role="alert">
            {t('reader.unmatched')}
          </p>
          <blockquote className="unmatched-passage">{excerpt.text}</blockquote>
          <div className="article" tabIndex={0} aria-label={t('reader.articleText')}>
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
