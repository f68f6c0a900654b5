import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildData } from '../../../geo/pipeline/build-data.ts';
import { main as importCommand } from '../../../geo/scripts/import-dataset.ts';
import { ACLED_HEADER, acledRow, csv } from '../../fixtures/dataset-files.ts';
import { ROOT } from '../data-build/geo-fixture.ts';

/** A copy of the project's geo/ in a folder of its own, so the command can add to it. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'steppe-import-'));
  cpSync(join(ROOT, 'geo'), join(root, 'geo'), {
    recursive: true,
    filter: (src) => !src.includes('geo/datasets'),
  });
  return root;
}

const row = {
  event_id_cnty: 'KAZ1', event_date: '2016-06-05', time_precision: '1', event_type: 'Battles',
  sub_event_type: 'Armed clash', country: 'Kazakhstan', location: 'Aktobe', latitude: '50.28', longitude: '57.17',
  geo_precision: '1', source: 'Interfax', notes: 'Gunmen attacked gun shops.', fatalities: '19',
}; // prettier-ignore

describe('npm run import', () => {
  it('runs the page’s adapters, prints the same problems, and adds the dataset to the build', () => {
    const root = projectCopy();
    const file = join(root, 'acled.csv');
    writeFileSync(
      file,
      csv(ACLED_HEADER, [acledRow(row), acledRow({ ...row, event_id_cnty: 'KAZ2', latitude: 'abc' })]),
    );
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    importCommand(['--format', 'acled', file, '--name', 'ACLED Kazakhstan'], root);
    const printed = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();
    expect(printed).toContain("  - row 3, latitude: 'abc' is not a number");
    expect(readdirSync(join(root, 'geo/datasets'))).toEqual(['data-acled.json']);

    const out = join(root, 'public/data');
    const built = buildData(root, out);
    expect(built.ok).toBe(true);
    const [published] = JSON.parse(readFileSync(join(out, 'datasets.json'), 'utf8'));
    expect(published.info).toMatchObject({
      id: 'data-acled',
      name: 'ACLED Kazakhstan',
      published: true,
      rowsImported: 1,
      rowsRejected: 1,
    });
    expect(published.events[0].properties.imported.linkedEventIds).toEqual(['aktobe-2016-06-05-attacks']);
  });

  it('stops the build on a hand-edited record, naming file, record and field', () => {
    const root = projectCopy();
    const file = join(root, 'acled.csv');
    writeFileSync(file, csv(ACLED_HEADER, [acledRow(row)]));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    importCommand(['--format', 'acled', file], root);
    vi.restoreAllMocks();
    const path = join(root, 'geo/datasets/data-acled.json');
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    stored.records[0].lat = 95;
    writeFileSync(path, JSON.stringify(stored));
    const built = buildData(root, join(root, 'public/data'));
    expect(built.ok).toBe(false);
    expect(built.messages).toEqual([
      'geo/datasets/data-acled.json › records[0] › lat, lon: latitude 95 is not a latitude (it must lie between -90 and 90)',
    ]);
  });
});
