/** Reads geo/ from disk into the raw shape validateGeo takes; unreadable JSON becomes a problem, not a crash. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Problem } from '../../src/records/checks/problems.ts';
import { FILES, type RawGeo } from './geo-files.ts';

export function readJson(root: string, file: string, problems: Problem[]): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push({ file, record: '(file)', field: '(root)', message: 'file is missing' });
    return undefined;
  }
  return parseJsonText(file, readFileSync(path, 'utf8'), problems);
}

/** JSON.parse that turns a syntax error (a file cut short, say) into a problem naming the file. */
export function parseJsonText(file: string, text: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({
      file,
      record: '(file)',
      field: '(root)',
      message: `is not valid JSON: ${(error as Error).message}`,
    });
    return undefined;
  }
}

export function readGeo(root: string): { raw: RawGeo; problems: Problem[] } {
  const problems: Problem[] = [];
  const textDir = join(root, 'geo/sources');
  const texts = new Map<string, string>(
    readdirSync(textDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(join(textDir, name), 'utf8')]),
  );
  const countries = readJson(root, 'geo/basemap/countries.geojson', problems) as
    FeatureCollection<Polygon | MultiPolygon> | undefined;
  return {
    raw: {
      sources: readJson(root, FILES.sources, problems),
      places: readJson(root, FILES.places, problems),
      events: readJson(root, FILES.events, problems),
      excerpts: readJson(root, FILES.excerpts, problems),
      claims: readJson(root, FILES.claims, problems),
      texts,
      countries: countries ?? { type: 'FeatureCollection', features: [] },
    },
    problems,
  };
}
