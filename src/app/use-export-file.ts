/** Export: the chosen file made from what the selection shows, in the reader's language, and saved. */
import { useCallback } from 'react';
import type { Indexes } from '../corpus/indexes.ts';
import type { AppData } from '../corpus/load-data.ts';
import type { Selection } from '../corpus/selection.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';
import { makeExport, type ExportKind } from '../export/make-export.ts';
import { saveFile } from '../export/save-file.ts';
import type { Language } from '../i18n/languages.ts';
import { translator } from '../i18n/translator.ts';

export function useExportFile(
  data: AppData,
  datasets: readonly ResolvedDataset[],
  indexes: Indexes,
  selection: Selection,
  lang: Language,
) {
  return useCallback(
    async (kind: ExportKind) => {
      const featureSets = [data.events.features, ...datasets.map((d) => d.events)];
      const file = await makeExport(kind, {
        featureSets,
        indexes,
        selection,
        made: new Date(),
        translator: translator(lang),
      });
      saveFile(file.blob, file.fileName);
    },
    [data.events, datasets, indexes, selection, lang],
  );
}
