/**
 * Which authoring dialog is open (the Add an article form, or the passages of one of the reader's own
 * sources; a kept article opens straight onto its passages), and the dialogs themselves, loaded the first time
 * a reader opens one: a reader who never writes a source of their own never downloads their code.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { changeOwnSources, ownSources } from '../corpus/data-store.ts';
import type { Indexes } from '../corpus/indexes.ts';
import { addArticle, type ArticleFields } from '../packs/authoring.ts';
import type { Source } from '../records/schema.ts';

export function useAuthoring(indexes: Indexes) {
  const [writing, setWriting] = useState(false);
  const [markingIn, setMarkingIn] = useState<string | null>(null);
  const keepArticle = useCallback(
    (fields: ArticleFields, text: string) => {
      const sites = [...indexes.sourceById.values()];
      const { own, source } = addArticle(
        ownSources(),
        fields,
        text,
        new Set(sites.map((s) => s.id)),
        new Set(sites.map((s) => s.file)),
      );
      void changeOwnSources(() => own);
      setWriting(false);
      setMarkingIn(source.id);
    },
    [indexes],
  );
  return {
    writing,
    startWriting: useCallback(() => setWriting(true), []),
    stopWriting: useCallback(() => setWriting(false), []),
    keepArticle,
    markingIn,
    markIn: setMarkingIn,
    stopMarking: useCallback(() => setMarkingIn(null), []),
  };
}

const ArticleDialog = lazy(() =>
  import('../panels/authoring/article-dialog.tsx').then((m) => ({ default: m.ArticleDialog })),
);
const AuthorReader = lazy(() =>
  import('../panels/authoring/author-reader.tsx').then((m) => ({ default: m.AuthorReader })),
);

export function AuthoringDialogs({
  authoring,
  markingIn,
  indexes,
}: {
  authoring: ReturnType<typeof useAuthoring>;
  markingIn: Source | undefined;
  indexes: Indexes;
}) {
  return (
    <Suspense fallback={null}>
      {authoring.writing && <ArticleDialog onSave={authoring.keepArticle} onClose={authoring.stopWriting} />}
      {markingIn && <AuthorReader source={markingIn} indexes={indexes} onClose={authoring.stopMarking} />}
    </Suspense>
  );
}
