/**
 * Which authoring dialog is open: the Add an article form, or the passages of one of the reader's own
 * sources. A kept article opens straight onto its passages.
 */
import { useCallback, useState } from 'react';
import { changeOwnSources, ownSources } from '../corpus/data-store.ts';
import type { Indexes } from '../corpus/indexes.ts';
import { addArticle, type ArticleFields } from '../packs/authoring.ts';

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
