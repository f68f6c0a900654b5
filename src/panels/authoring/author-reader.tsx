/**
 * Marking passages in one of the reader's own articles: select words with the mouse, a finger or the keyboard
 * (or type them), and Mark; passages may overlap, and the text already marked is shown. Each passage then
 * links places, events and figures (passage-card.tsx). Editing the text finds every passage again and says
 * how: exact, moved, fuzzy (with its score) or orphaned.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { changeOwnSources, ownSources, useDataState } from '../../corpus/data-store.ts';
import type { Indexes } from '../../corpus/indexes.ts';
import { editArticleDetails, editArticleText, markPassage, type Reanchored } from '../../packs/authoring.ts';
import type { SourcePack } from '../../packs/pack-layout.ts';
import { ArticleForm } from './article-form.tsx';
import { canonicalText, textSha256 } from '../../packs/canonical-text.ts';
import type { Source } from '../../records/schema.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { articleSegments } from '../reader/article-segments.ts';
import { PassageCard } from './passage-card.tsx';
import { ReanchorReport } from './reanchor-report.tsx';
import { foundOffsets, selectedOffsets } from './text-offsets.ts';
import { clickedMapPoint } from './places/map-point.ts';
import { usePassageActions } from './use-passage-actions.ts';

export function AuthorReader({
  source,
  indexes,
  onClose,
}: {
  source: Source;
  indexes: Indexes;
  onClose: () => void;
}) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const article = useRef<HTMLDivElement>(null);
  const { own } = useDataState();
  const text = own.texts.get(source.file) ?? '';
  const passages = useMemo(() => own.excerpts.filter((x) => x.sourceId === source.id), [own, source.id]);
  const segments = useMemo(() => articleSegments(text, passages), [text, passages]);
  const [words, setWords] = useState('');
  const [notFound, setNotFound] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [report, setReport] = useState<Reanchored[] | null>(null);
  const [away, setAway] = useState(false);
  const awayRef = useRef(false);
  // While the reader clicks a point on the map the dialog steps aside (closed, not ended) and comes back after;
  // its close event, which comes a task later, is not taken for the reader closing it.
  const pickPoint = useCallback(async () => {
    awayRef.current = true;
    setAway(true);
    dialog.current?.close();
    const point = await clickedMapPoint();
    dialog.current?.showModal();
    await new Promise((resolve) => setTimeout(resolve, 0));
    awayRef.current = false;
    setAway(false);
    return point;
  }, []);
  const kept = usePassageActions(pickPoint);
  // A passage removed can be put back (with its figures) until the next change.
  const [unmarked, setUnmarked] = useState<SourcePack | null>(null);
  const actions = useMemo(
    () => ({
      ...kept,
      unmark: (excerptId: string) => {
        setUnmarked(ownSources());
        kept.unmark(excerptId);
      },
    }),
    [kept],
  );
  const [details, setDetails] = useState(false);
  const takenIds = useMemo(
    () =>
      new Set([
        ...indexes.placeById.keys(),
        ...indexes.events.map((e) => e.id),
        ...indexes.excerptById.keys(),
        ...[...indexes.claimsByEvent.values()].flat().map((c) => c.id),
        ...indexes.sourceById.keys(),
      ]),
    [indexes],
  );

  useEffect(() => dialog.current?.showModal(), []);

  const mark = async (at: { start: number; end: number } | null) => {
    setNotFound(at === null);
    if (!at || at.end <= at.start) return;
    const sha = await textSha256(text);
    // The page changes at once; keeping it in this browser follows (data-store says if it could not).
    void changeOwnSources((set) => markPassage(set, source.id, at.start, at.end, sha, takenIds).own);
    window.getSelection()?.removeAllRanges();
    const marked = text.slice(at.start, at.end);
    setWords((typed) => (typed === marked ? '' : typed));
  };

  const saveText = async (newText: string) => {
    const sha = await textSha256(canonicalText(newText));
    const final = editArticleText(ownSources(), source.id, newText, sha);
    await changeOwnSources(() => final.own);
    setReport(final.report);
    setEditing(null);
  };

  return (
    <>
      {away && (
        <p className="notice point-hint" role="status">
          {t('author.clickMap')}
        </p>
      )}
      <dialog
        ref={dialog}
        className="reader author-reader"
        aria-labelledby="author-title"
        onClose={() => !awayRef.current && onClose()}
      >
        <header className="panel-header">
          <h2 id="author-title" lang={source.language}>
            {source.title}
          </h2>
          <button
            type="button"
            className="close"
            onClick={() => dialog.current?.close()}
            aria-label={t('reader.close')}
          >
            ×
          </button>
        </header>
        {editing === null ? (
          <>
            <p className="hint">{t('author.markHint', { count: passages.length })}</p>
            <div
              ref={article}
              className="article"
              tabIndex={0}
              aria-label={t('reader.articleText')}
              lang={source.language}
            >
              {segments.map((s, i) =>
                s.excerptIds.length > 0 ? (
                  <mark key={i} className="quoted" data-excerpts={s.excerptIds.join(' ')}>
                    {s.text}
                  </mark>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </div>
            <div className="mark-actions">
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() =>
                  void mark(article.current && selectedOffsets(article.current, window.getSelection()))
                }
              >
                {t('author.markSelection')}
              </button>
              <label>
                {t('author.findWords')}{' '}
                <input
                  value={words}
                  onChange={(e) => setWords(e.target.value)}
                  onKeyDown={(e) => e.key === 'Enter' && void mark(foundOffsets(text, words, passages))}
                />
              </label>
              <button type="button" onClick={() => void mark(foundOffsets(text, words, passages))}>
                {t('author.markWords')}
              </button>
              <button type="button" onClick={() => setEditing(text)}>
                {t('author.editText')}
              </button>
              <button type="button" aria-expanded={details} onClick={() => setDetails((d) => !d)}>
                {t('author.editDetails')}
              </button>
            </div>
            {notFound && <p role="alert">{t('author.wordsNotFound')}</p>}
          </>
        ) : (
          <div className="edit-text">
            <textarea
              rows={14}
              value={editing}
              onChange={(e) => setEditing(e.target.value)}
              aria-label={t('author.text')}
            />
            <button type="button" onClick={() => void saveText(editing)}>
              {t('author.saveText')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('common.cancel')}
            </button>
          </div>
        )}
        {details && (
          <ArticleForm
            editing={source}
            onCancel={() => setDetails(false)}
            onSave={(fields) => {
              void changeOwnSources((set) => editArticleDetails(set, source.id, fields));
              setDetails(false);
            }}
          />
        )}
        {unmarked && (
          <p className="notice" role="status">
            {t('author.unmarked')}{' '}
            <button
              type="button"
              onClick={() => {
                void changeOwnSources(() => unmarked);
                setUnmarked(null);
              }}
            >
              {t('sources.undo')}
            </button>
          </p>
        )}
        {report && <ReanchorReport report={report} onClose={() => setReport(null)} />}
        <ol className="passage-cards">
          {passages.map((x) => (
            <PassageCard key={x.id} excerpt={x} indexes={indexes} takenIds={takenIds} actions={actions} />
          ))}
        </ol>
      </dialog>
    </>
  );
}
