/**
 * The basemap's country and water labels with their Russian and Kazakh names (geo/basemap/label-names.json,
 * ours), so the map can name them in the interface's language. A label without both names is a problem.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Problem } from '../../src/records/checks/problems.ts';
import { readJson } from './read-geo.ts';

const LABELS = 'geo/basemap/labels.geojson';
const NAMES = 'geo/basemap/label-names.json';

export function namedLabels(root: string, problems: Problem[]): FeatureCollection<Point> {
  const labels = readJson(root, LABELS, problems) as FeatureCollection<Point> | undefined;
  const table = readJson(root, NAMES, problems) as
    { names?: Record<string, { ru?: string; kk?: string }> } | undefined;
  if (!labels || !table?.names) return { type: 'FeatureCollection', features: [] };
  const names = table.names;
  labels.features.forEach((f, i) => {
    const name = String(f.properties?.name ?? '');
    const own = names[name];
    if (!own?.ru || !own.kk) {
      problems.push({
        file: NAMES,
        record: `label ${i + 1} (${name})`,
        field: 'names',
        message: 'has no Russian and Kazakh name',
      });
      return;
    }
    f.properties = { ...f.properties, nameRu: own.ru, nameKk: own.kk };
  });
  return labels;
}
