/**
 * The service worker's list of files in a built site (`{"revision":…,"url":…}` entries the build writes into
 * service-worker.js), read, and written again as a build would after files changed: for tests that deploy a
 * changed site without building one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY = /\{"revision":(null|"[0-9a-f]+"),"url":"([^"]+)"\}/g;

export function precacheList(root: string): Array<{ url: string; revision: string | null }> {
  const worker = readFileSync(join(root, 'service-worker.js'), 'utf8');
  return [...worker.matchAll(ENTRY)].map((m) => ({
    url: m[2]!,
    revision: m[1] === 'null' ? null : m[1]!.slice(1, -1),
  }));
}

/** Each listed file's revision made again from its bytes (an md5, as the build makes it). */
export function reviseList(root: string): void {
  const file = join(root, 'service-worker.js');
  const worker = readFileSync(file, 'utf8').replace(ENTRY, (entry, revision: string, url: string) => {
    if (revision === 'null') return entry;
    const now = createHash('md5')
      .update(readFileSync(join(root, url)))
      .digest('hex');
    return entry.replace(revision, `"${now}"`);
  });
  writeFileSync(file, worker);
}
