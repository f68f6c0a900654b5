/**
 * The articles' data with every dataset switched in: the datasets' places join the articles'. Their events
 * stay with each dataset, indexed on their own (dataset-index.ts), and join the articles' in the app's
 * indexes. Pure: the data store calls it whenever a dataset is added or removed.
 */
import type { AppData } from './load-data.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';

export function withDatasets(base: AppData, datasets: readonly ResolvedDataset[]): AppData {
  if (datasets.length === 0) return base;
  return {
    ...base,
    places: { ...base.places, features: [...base.places.features, ...datasets.flatMap((d) => d.places)] },
  };
}
