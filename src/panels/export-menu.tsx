import { useRef, useState } from 'react';
import type { ExportKind } from '../export/make-export.ts';
import type { MessageKey } from '../i18n/translator.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { messageOf, type Message } from '../i18n/message.ts';
import { EmbedCodeBox } from './embed-code-box.tsx';

const ITEMS: Array<{ kind: ExportKind | 'print'; label: MessageKey; group: 'data' | 'citations' | 'map' }> = [
  { kind: 'geojson', label: 'export.geojson', group: 'data' },
  { kind: 'events-csv', label: 'export.eventsCsv', group: 'data' },
  { kind: 'claims-csv', label: 'export.claimsCsv', group: 'data' },
  { kind: 'bibtex', label: 'export.bibtex', group: 'citations' },
  { kind: 'ris', label: 'export.ris', group: 'citations' },
  { kind: 'csl-json', label: 'export.cslJson', group: 'citations' },
  { kind: 'png', label: 'export.png', group: 'map' },
  { kind: 'print', label: 'export.print', group: 'map' },
];

const GROUP_LABEL: Record<(typeof ITEMS)[number]['group'], MessageKey> = {
  data: 'export.groupData',
  citations: 'export.groupCitations',
  map: 'export.groupMap',
};

type Status = { state: 'idle' } | { state: 'working'; label: string } | { state: 'failed'; message: Message };

/**
 * The Export menu: the events the reader sees (year, layers, sources and datasets switched on) as data, their
 * sources as citations, the map as a figure or on paper, and the code to embed the view in another page.
 * Every file is made in the page.
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
  const { t, tell } = useT();
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
      setStatus({ state: 'failed', message: messageOf(error) });
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
      <summary>{t('export.menu')}</summary>
      <div className="export-items">
        <p className="export-scope">{t('export.scope', { count: eventCount })}</p>
        {groups.map((group) => (
          <div key={group} role="group" aria-label={t(GROUP_LABEL[group])} className="export-group">
            {ITEMS.filter((item) => item.group === group).map(({ kind, label }) => (
              <button
                key={kind}
                type="button"
                data-export={kind}
                disabled={
                  status.state === 'working' ||
                  (group === 'map' && !mapShown) ||
                  (group === 'data' && archived)
                }
                onClick={() => void run(kind, t(label))}
              >
                {t(label)}
              </button>
            ))}
          </div>
        ))}
        <EmbedCodeBox />
        {archived && <p className="export-note">{t('export.archived')}</p>}
        {!mapShown && <p className="export-note">{t('export.needsMap')}</p>}
        <p className="export-status" role="status">
          {status.state === 'working' && t('export.writing', { what: status.label })}
          {status.state === 'failed' && t('export.failed', { reason: tell(status.message) })}
        </p>
      </div>
    </details>
  );
}
