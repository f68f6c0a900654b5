import { useState } from 'react';
import { iframeCode, viewUrl } from '../export/embed-code.ts';
import { useT } from '../i18n/i18n-context.tsx';

/**
 * In the Export menu: the iframe code for the view as it is now (place, range or year, layers, language and
 * camera), written when asked so it holds where the map was moved to, with a Copy button.
 */
export function EmbedCodeBox() {
  const { t, lang } = useT();
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const write = () => {
    setCode(iframeCode(viewUrl(window.location.href, true, lang), t('embed.frameTitle')));
    setCopied(false);
  };
  return (
    <div role="group" aria-label={t('embed.group')} className="export-group embed-code">
      <button type="button" data-export="embed" onClick={write}>
        {t('embed.show')}
      </button>
      {code !== null && (
        <>
          <label>
            {t('embed.codeLabel')}
            <textarea readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(code).then(
                () => setCopied(true),
                () => undefined, // refused (no permission): the code stays selectable in the box
              )
            }
          >
            {copied ? t('embed.copied') : t('embed.copy')}
          </button>
          <p className="export-note">{t('embed.note')}</p>
        </>
      )}
    </div>
  );
}
