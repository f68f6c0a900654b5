import type { LoadFailure } from '../corpus/load-data.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** Says which data files failed and offers a retry; the rest of the page keeps working. */
export function LoadFailures({
  failures,
  onRetry,
}: {
  failures: readonly LoadFailure[];
  onRetry: () => void;
}) {
  const { t, tell } = useT();
  if (failures.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('notice.loadFailed')}</strong> {t('notice.loadFailedRest')}
      </p>
      <ul>
        {failures.map((f) => (
          <li key={f.file}>
            <code>{f.file}</code> {tell(f.message)}.
          </li>
        ))}
      </ul>
      <button type="button" onClick={onRetry}>
        {t('notice.tryAgain')}
      </button>
    </div>
  );
}

/** A new deployment has installed and waits: it takes over when the reader says so, never half-way. */
export function UpdateReady({ onApply }: { onApply: (() => void) | null }) {
  const { t } = useT();
  if (!onApply) return null;
  return (
    <div className="notice notice-update" role="status">
      <p>{t('notice.updateReady')}</p>
      <button type="button" onClick={onApply}>
        {t('notice.updateApply')}
      </button>
    </div>
  );
}

/** Over the map, once: the first install has kept the whole site, so the map opens without a connection. */
export function KeptOffline({ shown, onClose }: { shown: boolean; onClose: () => void }) {
  const { t } = useT();
  if (!shown) return null;
  return (
    <div className="notice notice-overlay notice-kept" role="status">
      <p>{t('notice.keptOffline')}</p>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}

export function MapMissing({ reason }: { reason: string }) {
  const { t } = useT();
  return (
    <p className="notice" role="status">
      <strong>{t('notice.mapMissing')}</strong> {reason} {t('notice.mapMissingList')}
    </p>
  );
}

/** In place of a panel that failed to draw: the map, the list and the other places still work. */
export function PanelFault({ error, onClose }: { error: Error; onClose: () => void }) {
  const { t } = useT();
  return (
    <div className="panel">
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{t('notice.panelFault')}</strong> ({error.message}). {t('notice.panelFaultRest')}
        </p>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}

/** In place of the whole page when it cannot go on: says so, and offers a reload. */
export function AppFault({ error }: { error: Error }) {
  const { t } = useT();
  return (
    <main className="app-fault">
      <h1>Steppe Sources</h1>
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{t('notice.appFault')}</strong> ({error.message}).
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('notice.reload')}
        </button>
      </div>
    </main>
  );
}
