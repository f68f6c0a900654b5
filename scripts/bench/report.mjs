// The bench's figures as one record (written to bench-results.json) and as tables on the console.
import { writeFileSync } from 'node:fs';
import { ARCHIVE_EVENTS, IMPORT_ROWS, OUT, RUNS, median, round } from './bench-options.mjs';

export function report({ shipped, idle, width, height, datasets, largest, n, large, archive, imports }) {
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    shippedKB: { ...shipped, ratio: round(shipped.app / shipped.floor) },
    firstIdleMs: { app: round(median(idle.app), 0), floor: round(median(idle.floor), 0) },
    // The median of each pair's ratio: a pair shares the machine's state of the moment.
    firstIdleRatio: round(median(idle.app.map((ms, i) => ms / idle.floor[i]))),
    firstIdleSamplesMs: {
      app: idle.app.map((ms) => round(ms, 0)),
      floor: idle.floor.map((ms) => round(ms, 0)),
    },
    mapSize: { width, height },
    yearChangeRatio: Object.fromEntries(datasets.map((d) => [d.events, d.yearChangeRatio])),
    // A range end moved one bin at 100,000 events (the largest set) against a plain repaint, and the
    // histogram's recount then (main-thread work of its own measure).
    [`rangeChangeRatio${largest.events / 1000}k`]: largest.rangeChangeRatio,
    rangeChangeMs: largest.rangeChangeMs,
    histogramRecountMs: largest.histogramRecountMs,
    datasets,
    clickToPanelMs: largest.clickToPanelMs,
    heapMB: largest.heapMB,
    largeEvents: n,
    firstIdleMsLarge: {
      app: round(median(large.app.map((x) => x.ms)), 0),
      floor: round(median(large.floor.map((x) => x.ms)), 0),
    },
    [`firstIdleRatio${n / 1000}k`]: round(median(large.app.map((x, i) => x.ms / large.floor[i].ms))),
    [`heapMB${n / 1000}k`]: round(median(large.app.map((x) => x.heapMB)), 1),
    heapMBLargeFloor: round(median(large.floor.map((x) => x.heapMB)), 1),
    loadLongestTaskMsLarge: round(Math.max(...large.app.map((x) => x.longest)), 0),
    // MapLibre alone loading the same file: its own painter and shader tasks are in both.
    loadLongestTaskMsLargeFloor: round(Math.max(...large.floor.map((x) => x.longest)), 0),
    ...(archive.dataset && {
      archiveEvents: ARCHIVE_EVENTS,
      firstIdleMsArchive: round(median(archive.loads.map((x) => x.ms)), 0),
      // Against the page with the articles' 29 events, measured above: what a million costs over nothing.
      firstIdleArchiveToArticles: round(median(archive.loads.map((x) => x.ms)) / median(idle.app)),
      heapMBArchive: round(median(archive.loads.map((x) => x.heapMB)), 1),
      heapMBArchiveAfterGC: archive.dataset.heapMB,
      loadLongestTaskMsArchive: round(Math.max(...archive.loads.map((x) => x.longest)), 0),
      yearChangeRatioArchive: archive.dataset.yearChangeRatio,
      yearChangeMsArchive: archive.dataset.yearChangeMs,
      clickToPanelMsArchive: archive.dataset.clickToPanelMs,
    }),
    importRows: IMPORT_ROWS,
    importMs: round(median(imports.map((x) => x.app.ms)), 0),
    importToIdleMs: round(median(imports.map((x) => x.app.toIdleMs)), 0),
    importPapaparseMs: round(median(imports.map((x) => x.papaMs)), 0),
    importPapaparseBareMs: round(median(imports.map((x) => x.papaBareMs)), 0),
    // Each import against the floor parses measured right after it: papaparse's own worker mode (its rows
    // handed to the page, as the import hands its events), and a bare parse that hands back nothing.
    importRatio: round(median(imports.map((x) => x.app.ms / x.papaMs))),
    importBareRatio: round(median(imports.map((x) => x.app.ms / x.papaBareMs))),
    importToIdleRatio: round(median(imports.map((x) => x.app.toIdleMs / x.papaMs))),
    importLongestTaskMs: round(Math.max(...imports.map((x) => x.app.longest)), 0),
    importSummary: imports[0].app.imported,
  };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nSteppe Sources benchmark (ratios to the floor or to a plain repaint, same run)');
  console.table({
    shippedKB: { app: shipped.app, floor: shipped.floor, ratio: results.shippedKB.ratio, target: '≤ 1.15' },
    firstIdle: {
      app: results.firstIdleMs.app,
      floor: results.firstIdleMs.floor,
      ratio: results.firstIdleRatio,
      target: '≤ 1.2',
    },
  });
  console.table({
    [`first view, ${n} events`]: {
      'app ms': results.firstIdleMsLarge.app,
      'floor ms': results.firstIdleMsLarge.floor,
      ratio: results[`firstIdleRatio${n / 1000}k`],
      target: '≤ 1.5',
      'heap MB': results[`heapMB${n / 1000}k`],
      'floor heap MB': results.heapMBLargeFloor,
      'longest task ms': results.loadLongestTaskMsLarge,
      'floor longest task ms': results.loadLongestTaskMsLargeFloor,
    },
  });
  if (archive.dataset)
    console.table({
      [`archive, ${ARCHIVE_EVENTS} events`]: {
        'first idle ms': results.firstIdleMsArchive,
        'to articles only': results.firstIdleArchiveToArticles,
        'heap MB': results.heapMBArchive,
        'longest task ms': results.loadLongestTaskMsArchive,
        'year change ratio': results.yearChangeRatioArchive,
        'click→panel ms': results.clickToPanelMsArchive,
      },
    });
  console.table(
    datasets.map((d) => ({
      events: d.events,
      'year change ms': d.yearChangeMs,
      'range change ratio': d.rangeChangeRatio,
      'histogram recount ms': d.histogramRecountMs,
      'repaint ms': d.repaintMs,
      ratio: d.yearChangeRatio,
      'longest task ms': d.longestTaskMs,
      ...(d.clickToPanelMs !== undefined ? { 'click→panel ms': d.clickToPanelMs, 'heap MB': d.heapMB } : {}),
    })),
  );
  console.table({
    import: {
      rows: IMPORT_ROWS,
      'app ms': results.importMs,
      'to map idle ms': results.importToIdleMs,
      'papaparse (worker: true) ms': results.importPapaparseMs,
      ratio: results.importRatio,
      target: '≤ 1.5',
      'bare parse ms': results.importPapaparseBareMs,
      'ratio to bare': results.importBareRatio,
      'longest task ms': results.importLongestTaskMs,
    },
  });
  console.log(`wrote ${OUT}`);
}
