/**
 * Authoring helper: fills in `start` and `end` of each excerpt in geo/excerpts.json by finding its text in
 * its source, so offsets are never counted by hand. It refuses a text that is missing or occurs twice.
 * The build re-checks every offset; this script only saves counting.
 *
 *   npx tsx geo/scripts/locate-excerpts.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ExcerptRecord, SourceRecord } from '../../src/records/schema.ts';

const sources = JSON.parse(readFileSync('geo/sources/sources.json', 'utf8')) as SourceRecord[];
const excerpts = JSON.parse(readFileSync('geo/excerpts.json', 'utf8')) as ExcerptRecord[];
const texts = new Map(sources.map((s) => [s.id, readFileSync(`geo/sources/${s.file}`, 'utf8')]));

let failed = false;
for (const excerpt of excerpts) {
  const text = texts.get(excerpt.sourceId) ?? '';
  const start = text.indexOf(excerpt.text);
  if (start < 0 || text.indexOf(excerpt.text, start + 1) >= 0) {
    console.error(
      `${excerpt.id}: text ${start < 0 ? 'not found in' : 'occurs more than once in'} ${excerpt.sourceId}`,
    );
    failed = true;
    continue;
  }
  excerpt.start = start;
  excerpt.end = start + excerpt.text.length;
}
if (failed) process.exit(1);
writeFileSync('geo/excerpts.json', `${JSON.stringify(excerpts, null, 2)}\n`);
console.log(`locate-excerpts: ${excerpts.length} excerpts located`);
