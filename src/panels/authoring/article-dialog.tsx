/** The Add an article form in a modal dialog; Esc or Cancel closes it. */
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n-context.tsx';
import type { ArticleFields } from '../../packs/authoring.ts';
import { ArticleForm } from './article-form.tsx';

export function ArticleDialog({
  onSave,
  onClose,
}: {
  onSave: (fields: ArticleFields, text: string) => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      className="reader article-dialog"
      aria-labelledby="article-dialog-title"
      onClose={onClose}
    >
      <header className="panel-header">
        <h2 id="article-dialog-title">{t('author.addArticleTitle')}</h2>
        <button
          type="button"
          className="close"
          onClick={() => dialog.current?.close()}
          aria-label={t('common.close')}
        >
          ×
        </button>
      </header>
      <ArticleForm onSave={onSave} onCancel={() => dialog.current?.close()} />
    </dialog>
  );
}
