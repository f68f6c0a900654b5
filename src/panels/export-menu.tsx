import { useRef, useState } from 'react';
import type { ExportKind } from '../export/make-export.ts';

const ITEMS: Array<{ kind: ExportKind | 'print'; label: string; group: string }> = [
  { kind: 'geojson', label: 'Events as GeoJSON', group: 'Data' },
  { kind: 'events-csv', label: 'Events as CSV', group: 'Data' },
  { kind: 'claims-csv', label: 'Claims and figures as CSV', group: 'Data' },
  { kind: 'bibtex', label: 'Sources as BibTeX', group: 'Citations' },
  { kind: 'ris', label: 'Sources as RIS', group: 'Citations' },
  { kind: 'csl-json', label: 'Sources as CSL-JSON', group: 'Citations' },
  { kind: 'png', label: 'Map figure as PNG', group: 'Map' },
  { kind: 'print', label: 'Print the map and panel…', group: 'Map' },
];

type Status = { state: 'idle' } | { state: 'working'; label: string } | { state: 'failed'; message: string };

/**
 * The Export menu: the events the reader sees (year, layers, sources and datasets switched on) as data, their
 * sources as citations, and the map as a figure or on paper. Every file is made in the page.
 */
export function ExportMenu({
  eventCount,
  mapShown,
  archived,
  onExport,
}: {
  eventCount: number;
  /** A site published as an archive holds its events a piece at a time: the data exports are off. */
  archived: boolean;
  /** The figure and the printout draw the map: offered only while it is shown. */
  mapShown: boolean;
  onExport: (kind: ExportKind) => Promise<void>;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const run = async (kind: ExportKind | 'print', label: string) => {
    if (kind === 'print') {
      if (menu.current) menu.current.open = false;
      window.print();
      return;
    }
    setStatus({ state: 'working', label });
    try {
      await onExport(kind);
      setStatus({ state: 'idle' });
      if (menu.current) menu.current.open = false;
    } catch (error) {
      setStatus({ state: 'failed', message: (error as Error)?.message ?? String(error) });
    }
  };
  const groups = [...new Set(ITEMS.map((item) => item.group))];
  return (
    <details
      className="export-menu"
      ref={menu}
      onKeyDown={(e) => {
        // Esc folds the menu back into its button, as a menu would.
        if (e.key !== 'Escape' || !menu.current?.open) return;
        e.stopPropagation();
        menu.current.open = false;
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary>Export</summary>
      <div className="export-items">
        <p className="export-scope">
          What the map shows now: {eventCount.toLocaleString('en')} event{eventCount === 1 ? '' : 's'}, with
          their sources.
        </p>
        {groups.map((group) => (
          <div key={group} role="group" aria-label={group} className="export-group">
            {ITEMS.filter((item) => item.group === group).map(({ kind, label }) => (
              <button
                key={kind}
                type="button"
                data-export={kind}
                disabled={
                  status.state === 'working' ||
                  (group === 'Map' && !mapShown) ||
                  (group === 'Data' && archived)
                }
                onClick={() => void run(kind, label)}
              >
                {label}
              </button>
            ))}
          </div>
        ))}
        {archived && (
          <p className="export-note">
            The data exports are off: this site publishes its events as an archive, read a piece at a time, so
            the page never holds them all.
          </p>
        )}
        {!mapShown && <p className="export-note">The figure and the printout need the map view.</p>}
        <p className="export-status" role="status">
          {status.state === 'working' && `Writing ${status.label.toLowerCase()}…`}
          {status.state === 'failed' && `Not exported: ${status.message}`}
        </p>
      </div>
    </details>
  );
}
