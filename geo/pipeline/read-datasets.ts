/**
 * Reads geo/datasets/*.json, the datasets `npm run import` checked and added, and checks each again (they may
 * have been edited by hand): a bad record stops the build with a message naming file, record and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../src/records/zod.ts';
import {
  DATE_PRECISIONS,
  EVENT_KINDS,
  LOCATION_PRECISIONS,
  datasetFigure,
  isValidDate,
  slug,
} from '../../src/records/schema.ts';
import { rowProblem } from '../../src/datasets/dataset-schema.ts';
import { pointFault } from '../../src/formats/cells.ts';
import { IMPORT_FORMATS, type AdapterResult } from '../../src/formats/imported-record.ts';
import type { DatasetMeta } from '../../src/datasets/resolve-dataset.ts';
import { translator } from '../../src/i18n/translator.ts';
import type { Problem } from '../../src/records/checks/problems.ts';
import { parseJsonText } from './read-geo.ts';

export const DATASET_DIR = 'geo/datasets';

const importedRecord = z.object({
  row: z.number().int().positive(),
  externalId: z.string().nullable(),
  kind: z.enum(EVENT_KINDS),
  originalType: z.string().nullable(),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS.filter((p) => p !== 'undated') as ['day', 'week', 'month', 'year']),
  dateNote: z.string().nullable(),
  lon: z.number(),
  lat: z.number(),
  placePrecision: z.enum(LOCATION_PRECISIONS),
  location: z.string().nullable(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  passage: z.string().nullable(),
  citations: z.array(z.string()),
  figures: z.array(datasetFigure),
  remarks: z.array(z.string()),
});

/** What `npm run import` writes: the dataset's name and provenance, its checked records and its problems. */
export const datasetFile = z.object({
  dataset: z.object({
    id: slug,
    name: z.string().min(1),
    fileName: z.string().min(1),
    format: z.enum(IMPORT_FORMATS),
    encoding: z.string().min(1),
    importedAt: z.string().min(1),
  }),
  rowsRead: z.number().int().nonnegative(),
  unit: z.enum(['row', 'feature']),
  records: z.array(z.unknown()),
  problems: z.array(rowProblem),
});
export type DatasetFile = z.infer<typeof datasetFile>;

export interface PublishedInput {
  meta: DatasetMeta;
  read: AdapterResult;
}

export function readDatasets(root: string, problems: Problem[]): PublishedInput[] {
  const dir = join(root, DATASET_DIR);
  if (!existsSync(dir)) return [];
  const inputs: PublishedInput[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = `${DATASET_DIR}/${name}`;
    const json = parseJsonText(file, readFileSync(join(dir, name), 'utf8'), problems);
    if (json === undefined) continue;
    const shell = datasetFile.safeParse(json);
    if (!shell.success) {
      const issue = shell.error.issues[0]!;
      problems.push({
        file,
        record: '(file)',
        field: issue.path.join('.') || '(root)',
        message: issue.message,
      });
      continue;
    }
    const records: AdapterResult['records'] = [];
    shell.data.records.forEach((raw, i) => {
      const record = `records[${i}]`;
      const parsed = importedRecord.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        problems.push({ file, record, field: issue.path.join('.') || '(record)', message: issue.message });
        return;
      }
      const r = parsed.data;
      if (!isValidDate(r.date, r.datePrecision))
        problems.push({
          file,
          record,
          field: 'date',
          message: `"${r.date}" is not a date at precision ${r.datePrecision}`,
        });
      const fault = pointFault(r.lat, r.lon);
      if (fault) problems.push({ file, record, field: 'lat, lon', message: translator('en').tell(fault) });
      records.push(r);
    });
    inputs.push({
      meta: { ...shell.data.dataset, published: true },
      read: { records, problems: shell.data.problems, rowsRead: shell.data.rowsRead, unit: shell.data.unit },
    });
  }
  return inputs;
}
