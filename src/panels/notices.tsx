import type { LoadFailure } from '../data/load-data.ts';

/** Says which data files failed and offers a retry; the rest of the page keeps working. */
export function LoadFailures({
  failures,
  onRetry,
}: {
  failures: readonly LoadFailure[];
  onRetry: () => void;
}) {
  if (failures.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>Some data could not be loaded.</strong> What did load is shown; the rest is missing until it
        loads.
      </p>
      <ul>
        {failures.map((f) => (
          <li key={f.file}>
            <code>{f.file}</code> {f.message}.
          </li>
        ))}
      </ul>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function MapMissing({ reason }: { reason: string }) {
  return (
    <p className="notice" role="status">
      <strong>The map cannot be shown here:</strong> {reason} Every event is listed below instead.
    </p>
  );
}

/** In place of a panel that failed to draw: the map, the list and the other places still work. */
export function PanelFault({ error, onClose }: { error: Error; onClose: () => void }) {
  return (
    <div className="panel">
      <div className="notice notice-error" role="alert">
        <p>
          <strong>This panel could not be shown</strong> ({error.message}). The map, the list and the other
          places still work.
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

/** In place of the whole page when it cannot go on: says so, and offers a reload. */
export function AppFault({ error }: { error: Error }) {
  return (
    <main className="app-fault">
      <h1>Steppe Sources</h1>
      <div className="notice notice-error" role="alert">
        <p>
          <strong>The page stopped</strong> ({error.message}).
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    </main>
  );
}
