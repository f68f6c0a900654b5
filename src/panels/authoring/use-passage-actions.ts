/** The changes a reader makes to their passages, each kept at once (data-store → IndexedDB). */
import { useMemo } from 'react';
import { changeOwnSources } from '../../corpus/data-store.ts';
import { addFigure, linkEvent, linkPlace, unmarkPassage } from '../../packs/authoring.ts';
import type { PassageActions } from './passage-card.tsx';

export function usePassageActions(pickPoint: PassageActions['pickPoint']): PassageActions {
  return useMemo(
    () => ({
      linkPlace: (excerptId, placeId, newPlace) =>
        void changeOwnSources((own) => linkPlace(own, excerptId, placeId, newPlace)),
      linkEvent: (excerptId, event, newEvent) =>
        void changeOwnSources((own) => linkEvent(own, excerptId, event, newEvent)),
      addFigure: (claim) => void changeOwnSources((own) => addFigure(own, claim)),
      unmark: (excerptId) => void changeOwnSources((own) => unmarkPassage(own, excerptId)),
      pickPoint,
    }),
    [pickPoint],
  );
}
