/** After the text is edited: where each passage was found again, and the orphans, listed and never dropped. */
import type { Reanchored } from '../../packs/authoring.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function ReanchorReport({ report, onClose }: { report: readonly Reanchored[]; onClose: () => void }) {
  const { t } = useT();
  return (
    <section className="reanchor-report" role="status" aria-labelledby="reanchor-title">
      <h3 id="reanchor-title">{t('author.reanchored')}</h3>
      <ul>
        {report.map((r) => (
          <li key={r.excerptId} data-anchoring={r.anchoring.status}>
            “{r.quote}”:{' '}
            {r.anchoring.status === 'exact'
              ? t('author.anchorExact')
              : r.anchoring.status === 'moved'
                ? t('author.anchorMoved')
                : r.anchoring.status === 'fuzzy'
                  ? t('author.anchorFuzzy', {
                      score: Math.round(r.anchoring.score * 100),
                      found: r.anchoring.found,
                    })
                  : t('author.anchorOrphaned')}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </section>
  );
}
