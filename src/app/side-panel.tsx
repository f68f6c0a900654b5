/**
 * The side panel: the chosen place's panel, or the Sources view. A fault inside either is caught here and said
 * in the panel, with a way to close it; the map and the rest of the page go on.
 */
import type { RefObject } from 'react';
import type { Indexes } from '../corpus/indexes.ts';
import type { AppData } from '../corpus/load-data.ts';
import type { Selection } from '../corpus/selection.ts';
import { removeDataset } from '../corpus/data-store.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';
import type { Message } from '../i18n/message.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { ErrorBoundary } from '../panels/error-boundary.tsx';
import { PanelFault } from '../panels/notices.tsx';
import { PlacePanel } from '../panels/place/place-panel.tsx';
import { SourcesView } from '../panels/sources/sources-view.tsx';
import type { useReaderActions } from './use-reader-actions.ts';

interface SidePanelProps {
  data: AppData;
  datasets: readonly ResolvedDataset[];
  storageProblem: Message | null;
  indexes: Indexes;
  selection: Selection;
  actions: ReturnType<typeof useReaderActions>;
  sourceOnMap: string | null;
  onShowSourceOnMap: (sourceId: string | null) => void;
  onCloseSources: () => void;
  panelRef: RefObject<HTMLElement | null>;
  ownSourceIds: ReadonlySet<string>;
  onAddArticle: () => void;
  onMarkPassages: (sourceId: string) => void;
}

export function SidePanel(props: SidePanelProps) {
  const { data, datasets, storageProblem, indexes, selection, actions, panelRef } = props;
  const { t } = useT();
  const placeId = selection.placeId;
  return (
    <aside className="side" aria-label={t('app.details')} ref={panelRef}>
      <ErrorBoundary
        key={placeId ?? 'sources'}
        fallback={(error) => (
          <PanelFault
            error={error}
            onClose={() => (placeId !== null ? actions.selectPlace(null) : props.onCloseSources())}
          />
        )}
      >
        {placeId !== null ? (
          <PlacePanel
            key={placeId}
            placeId={placeId}
            indexes={indexes}
            selection={selection}
            onClose={() => actions.selectPlace(null)}
            onRead={actions.readExcerpt}
            onSelectPlace={actions.selectPlace}
            onShowAllYears={() => actions.selectRange(null)}
          />
        ) : (
          <SourcesView
            sources={data.sources}
            ownSourceIds={props.ownSourceIds}
            onAddArticle={props.onAddArticle}
            onMarkPassages={props.onMarkPassages}
            datasets={datasets}
            storageProblem={storageProblem}
            onRemoveDataset={(id) => void removeDataset(id)}
            indexes={indexes}
            hiddenSources={selection.hiddenSources}
            shownOnMap={props.sourceOnMap}
            onToggleSource={actions.toggleSource}
            onShowOnMap={props.onShowSourceOnMap}
            onSelectPlace={(id) => actions.selectPlace(id)}
            onRead={(sourceId) => actions.setReading({ sourceId, excerptId: null })}
            onClose={props.onCloseSources}
          />
        )}
      </ErrorBoundary>
    </aside>
  );
}
