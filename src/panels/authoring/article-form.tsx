/**
 * Adding an article of one's own: its text pasted, or opened from a .txt or a saved web page (.html, its
 * text taken out with Readability), and the fields geo/sources/sources.json has, each fault said beside its
 * field in the reader's language. Kept in this browser; the reader then marks its passages.
 */
import { useState, type FormEvent } from 'react';
import { articleFromHtml } from '../../packs/article-from-html.ts';
import { canonicalText } from '../../packs/canonical-text.ts';
import { fieldFaults, type FieldFaults } from '../../packs/field-faults.ts';
import {
  SOURCE_KINDS,
  sourceRecord,
  type DatePrecision,
  type Source,
  type SourceKind,
} from '../../records/schema.ts';
import type { ArticleFields } from '../../packs/authoring.ts';
import { Choices } from './choices.tsx';
import { DateFields } from './date-fields.tsx';
import { SOURCE_KIND_KEY } from '../../i18n/vocabulary-keys.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { Field } from './field.tsx';

const EMPTY = {
  title: '',
  publisher: '',
  author: '',
  date: '',
  datePrecision: 'day' as DatePrecision,
  url: '',
  kind: 'news-agency' as SourceKind,
  speaker: '',
  language: 'en',
  text: '',
};

export function toFields(form: typeof EMPTY): ArticleFields {
  return {
    title: form.title.trim(),
    publisher: form.publisher.trim(),
    author: form.author.trim() || null,
    date: form.datePrecision === 'undated' ? null : form.date.trim(),
    datePrecision: form.datePrecision,
    url: form.url.trim() || null,
    kind: form.kind,
    speaker: form.speaker.trim(),
    language: form.language.trim(),
  };
}

/** The form's fields from a kept article (its text is edited apart, with its passages found again). */
const fromSource = (s: Source): typeof EMPTY => ({
  title: s.title,
  publisher: s.publisher,
  author: s.author ?? '',
  date: s.date ?? '',
  datePrecision: s.datePrecision,
  url: s.url ?? '',
  kind: s.kind,
  speaker: s.speaker,
  language: s.language ?? 'en',
  text: '',
});

export function ArticleForm({
  onSave,
  onCancel,
  editing,
}: {
  onSave: (fields: ArticleFields, text: string) => void;
  onCancel: () => void;
  /** A kept article whose details are edited: no text field. */
  editing?: Source;
}) {
  const { t, tell } = useT();
  const [form, setForm] = useState(editing ? fromSource(editing) : EMPTY);
  const [faults, setFaults] = useState<FieldFaults>({});
  const set = (field: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const open = async (file: File) => {
    const raw = await file.text();
    const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
    const { title, text } = html ? await articleFromHtml(raw) : { title: null, text: raw };
    setForm((f) => ({ ...f, text: canonicalText(text), title: f.title || title || '' }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = toFields(form);
    const found = fieldFaults(sourceRecord, { id: 'new', file: 'new.txt', ...fields });
    if (!editing && canonicalText(form.text).trim() === '') found.text = { key: 'form.required' };
    setFaults(found);
    if (Object.keys(found).length === 0) onSave(fields, form.text);
  };

  const fault = (field: string) => (faults[field] ? tell(faults[field]!) : null);
  return (
    <form className="article-form" onSubmit={submit} noValidate>
      {!editing && (
        <>
          <Field label={t('author.text')} fault={fault('text')}>
            <textarea rows={8} value={form.text} onChange={(e) => set('text')(e.target.value)} />
          </Field>
          <label className="article-file">
            {t('author.openFile')}{' '}
            <input
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
            />
          </label>
        </>
      )}
      <Field label={t('author.title')} fault={fault('title')}>
        <input value={form.title} onChange={(e) => set('title')(e.target.value)} />
      </Field>
      <Field label={t('author.publisher')} fault={fault('publisher')}>
        <input value={form.publisher} onChange={(e) => set('publisher')(e.target.value)} />
      </Field>
      <Field label={t('author.author')} fault={fault('author')}>
        <input value={form.author} onChange={(e) => set('author')(e.target.value)} />
      </Field>
      <DateFields
        date={form.date}
        precision={form.datePrecision}
        onDate={set('date')}
        onPrecision={set('datePrecision')}
        fault={fault}
      />
      <Field label={t('author.url')} fault={fault('url')}>
        <input type="url" value={form.url} onChange={(e) => set('url')(e.target.value)} />
      </Field>
      <Field label={t('author.kind')} fault={fault('kind')}>
        <Choices
          values={SOURCE_KINDS}
          value={form.kind}
          nameOf={(k) => t(SOURCE_KIND_KEY[k])}
          onChoose={set('kind')}
        />
      </Field>
      <Field label={t('author.speaker')} fault={fault('speaker')}>
        <input value={form.speaker} onChange={(e) => set('speaker')(e.target.value)} />
      </Field>
      <Field label={t('author.language')} fault={fault('language')}>
        <input
          value={form.language}
          list="text-languages"
          onChange={(e) => set('language')(e.target.value)}
        />
      </Field>
      <datalist id="text-languages">
        <option value="en" />
        <option value="ru" />
        <option value="kk" />
      </datalist>
      <div className="form-actions">
        <button type="submit">{t('author.saveArticle')}</button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
