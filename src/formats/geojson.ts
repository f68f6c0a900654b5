/**
 * GeoJSON points to checked records: each Point feature becomes a table row (its properties as columns, its
 * coordinates as two more), read through the same column mapping as any table. A feature that is not a
 * point is named and left out.
 */
import type { RowProblem, Table } from './imported-record.ts';
import { say, type Message } from '../i18n/message.ts';
import { quoted } from './cells.ts';

/** The two columns a feature's own coordinates fill, for the mapping. */
export const GEOMETRY_LATITUDE = '(geometry) latitude';
export const GEOMETRY_LONGITUDE = '(geometry) longitude';

export type GeojsonTable =
  | { ok: true; table: Table; featureNumbers: number[]; problems: RowProblem[]; featuresRead: number }
  | { ok: false; message: Message };

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

export function geojsonTable(json: unknown): GeojsonTable {
  const root = json as { type?: unknown; features?: unknown } | null;
  const features =
    root?.type === 'FeatureCollection' && Array.isArray(root.features)
      ? (root.features as unknown[])
      : root?.type === 'Feature'
        ? [root]
        : null;
  if (!features) return { ok: false, message: say('refusal.notGeojson') };
  const keys: string[] = [];
  const seen = new Set<string>();
  const points: Array<{ n: number; properties: Record<string, unknown>; lon: unknown; lat: unknown }> = [];
  const problems: RowProblem[] = [];
  features.forEach((f, i) => {
    const feature = f as {
      geometry?: { type?: unknown; coordinates?: unknown };
      properties?: unknown;
    } | null;
    const geometry = feature?.geometry;
    if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      problems.push({
        row: i + 1,
        column: 'geometry',
        message:
          typeof geometry?.type === 'string'
            ? say('problem.notPoint', { type: quoted(geometry.type) })
            : say('problem.noGeometry'),
      });
      return;
    }
    const properties =
      feature?.properties && typeof feature.properties === 'object'
        ? (feature.properties as Record<string, unknown>)
        : {};
    for (const key of Object.keys(properties))
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    points.push({ n: i + 1, properties, lon: geometry.coordinates[0], lat: geometry.coordinates[1] });
  });
  const header = [...keys, GEOMETRY_LATITUDE, GEOMETRY_LONGITUDE];
  const rows = points.map((p) => [...keys.map((k) => cell(p.properties[k])), cell(p.lat), cell(p.lon)]);
  return {
    ok: true,
    table: { header, rows },
    featureNumbers: points.map((p) => p.n),
    problems,
    featuresRead: features.length,
  };
}
