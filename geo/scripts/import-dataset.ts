/**
 * `npm run import -- --format acled|gtd|table|geojson FILE [--name NAME] [--encoding windows-1251]
 *  [--map field=column,...]`: runs the page's own adapters on FILE and adds the dataset to the build
 * (geo/datasets/<id>.json), so a deployed site shows it without anyone loading a file. Prints the same
 * problem list as the page. A table or GeoJSON needs --map (the columns for date, latitude, longitude, and
 * kind or defaultKind; see docs/import.md); without it the command prints the header and its guess.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ENCODINGS, type Encoding } from '../../src/formats/decode.ts';
import {
  FORMAT_LABEL,
  rowProblemMessage,
  IMPORT_FORMATS,
  type ImportFormat,
} from '../../src/formats/imported-record.ts';
import { readDatasetFile } from '../../src/formats/read-dataset-file.ts';
import { MAPPING_FIELDS, type TableMapping } from '../../src/formats/table.ts';
import { datasetIdFor } from '../../src/datasets/resolve-dataset.ts';
import { EVENT_KINDS, type EventKind } from '../../src/records/schema.ts';
import { translator } from '../../src/i18n/translator.ts';
import { DATASET_DIR, type DatasetFile } from '../pipeline/read-datasets.ts';

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

function parseMapping(text: string): TableMapping {
  const mapping: TableMapping = {
    date: '', latitude: '', longitude: '', kind: null, defaultKind: null, description: null, source: null,
    id: null, location: null, killed: null, injured: null,
  }; // prettier-ignore
  for (const pair of text.split(',')) {
    const [field, ...rest] = pair.split('=');
    const value = rest.join('=').trim();
    if (field === 'defaultKind') {
      if (!(EVENT_KINDS as readonly string[]).includes(value))
        fail(`--map defaultKind=${value}: not one of ${EVENT_KINDS.join(', ')}`);
      mapping.defaultKind = value as EventKind;
    } else if ((MAPPING_FIELDS as readonly string[]).includes(field!)) {
      (mapping as unknown as Record<string, string>)[field!] = value;
    } else fail(`--map: '${field}' is not one of ${[...MAPPING_FIELDS, 'defaultKind'].join(', ')}`);
  }
  return mapping;
}

export function main(argv: string[], root = process.cwd()): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      name: { type: 'string' },
      encoding: { type: 'string' },
      map: { type: 'string' },
    },
  });
  const file = positionals[0];
  const format = values.format as ImportFormat | undefined;
  if (!file || !format || !IMPORT_FORMATS.includes(format))
    fail(
      `usage: npm run import -- --format ${IMPORT_FORMATS.join('|')} FILE [--name NAME] [--encoding ENC] [--map field=column,...]`,
    );
  if (values.encoding && !(ENCODINGS as readonly string[]).includes(values.encoding))
    fail(`--encoding: one of ${ENCODINGS.join(', ')}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file} cannot be read: ${(error as Error).message}`);
  }
  const outcome = readDatasetFile({
    bytes,
    format,
    encoding: values.encoding as Encoding | undefined,
    mapping: values.map ? parseMapping(values.map) : undefined,
  });
  if (outcome.kind === 'refused') fail(`${file}: ${outcome.message}`);
  if (outcome.kind === 'needs-mapping') {
    const guess = MAPPING_FIELDS.filter((f) => outcome.guess[f]).map((f) => `${f}=${outcome.guess[f]}`);
    fail(
      `${file} needs --map naming its columns (date, latitude, longitude, and kind or defaultKind).\n` +
        `  Its columns: ${outcome.header.join(', ')}\n  A guess: --map "${guess.join(',')}"`,
    );
  }
  const { result } = outcome;
  const dir = join(root, DATASET_DIR);
  mkdirSync(dir, { recursive: true });
  const taken = new Set(readdirSync(dir).map((n) => n.replace(/\.json$/, '')));
  const fileName = basename(file);
  const id = datasetIdFor(fileName, taken);
  const stored: DatasetFile = {
    dataset: {
      id,
      name: values.name ?? fileName.replace(/\.[^.]*$/, ''),
      fileName,
      format: outcome.format,
      encoding: outcome.encoding,
      importedAt: new Date().toISOString(),
    },
    rowsRead: result.rowsRead,
    unit: result.unit,
    records: result.records,
    problems: result.problems,
  };
  const rejected = new Set(result.problems.map((p) => p.row)).size;
  const { t, tell } = translator('en');
  console.log(
    `import: ${t(FORMAT_LABEL[outcome.format])} ${fileName} (${outcome.encoding}${outcome.encodingHow === 'guessed' ? ', guessed' : ''}): ` +
      `${result.records.length} of ${result.rowsRead} ${result.unit}s imported, ${rejected} left out`,
  );
  for (const p of result.problems) console.log(`  - ${tell(rowProblemMessage(p, result.unit))}`);
  if (result.records.length === 0) fail('nothing to add: every row was left out');
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(stored));
  console.log(`import: added as ${DATASET_DIR}/${id}.json; npm run build (or npm start) publishes it.`);
}

if (process.argv[1] && import.meta.filename && process.argv[1].endsWith(basename(import.meta.filename))) {
  main(process.argv.slice(2));
}
