/** The benchmark is not a test of numbers; this only checks that it runs end to end on small sets. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm run bench', () => {
  it('runs end to end on the 1,000-event set, a 2,000-row import and a 3,000-event archive, and writes every figure', () => {
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/bench/run-bench.mjs',
        '--sizes',
        '1000',
        '--runs',
        '1',
        '--no-build',
        '--out',
        '.tmp/bench-smoke.json',
        '--import-rows',
        '2000',
        '--archive-events',
        '3000',
      ],
      {
        stdio: 'pipe',
        timeout: 300_000,
      },
    );
    const results = JSON.parse(readFileSync('.tmp/bench-smoke.json', 'utf8'));
    expect(results.shippedKB.app).toBeGreaterThan(0);
    expect(results.shippedKB.floor).toBeGreaterThan(0);
    expect(results.firstIdleRatio).toBeGreaterThan(0);
    expect(results.yearChangeRatio['1000']).toBeGreaterThan(0);
    expect(results.rangeChangeRatio1k).toBeGreaterThan(0);
    expect(results.histogramRecountMs).toBeGreaterThanOrEqual(0);
    expect(results.clickToPanelMs).toBeGreaterThanOrEqual(0);
    expect(results.heapMB).toBeGreaterThan(0);
    expect(results.firstIdleRatio1k).toBeGreaterThan(0);
    expect(results.heapMB1k).toBeGreaterThan(0);
    expect(results.importRatio).toBeGreaterThan(0);
    expect(results.importLongestTaskMs).toBeGreaterThanOrEqual(0);
    expect(results.importSummary).toContain('2,000 of 2,000 rows imported');
    expect(results.archiveEvents).toBe(3000);
    expect(results.firstIdleMsArchive).toBeGreaterThan(0);
    expect(results.heapMBArchive).toBeGreaterThan(0);
    expect(results.yearChangeRatioArchive).toBeGreaterThan(0);
    expect(results.clickToPanelMsArchive).toBeGreaterThanOrEqual(0);
  }, 320_000);
});
