/**
 * "Loading", over the map rather than above it (a notice that pushed the map down would resize it when it
 * goes), with the progress of a large events file checked record by record in a worker.
 */
import { useT } from '../i18n/i18n-context.tsx';

export function LoadingNote({ progress }: { progress: { file: string; fraction: number } | null }) {
  const { t } = useT();
  return (
    <p className="notice loading-overlay" role="status">
      {t('app.loading')}
      {progress && (
        <label className="load-progress">
          {t('app.checking', { file: progress.file.replace(/^data\//, '') })}
          <progress max={1} value={progress.fraction} />
        </label>
      )}
    </p>
  );
}
