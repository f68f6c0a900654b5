#!/usr/bin/env node
// `npm run lint` runs this after ESLint: the rules of the house that ESLint does not see. Each fault names its
// rule. ESLint's import-x/no-cycle skips type-only imports; a cycle of types still ties two folders together,
// so this reads every import (types, dynamic imports and workers' `new URL(…)` too) and finds cycles itself.
//   [layout: no-cycle]       no file reaches itself through its imports
//   [layout: folder-size]    no folder holds more than 15 code files
//   [layout: file-size]      no source file is over 300 lines, but the message catalogues
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

const ROOTS = ['src', 'geo', 'scripts', 'tests'];
const CODE = /\.(ts|tsx|mjs|js)$/;
const MAX_FILES = 15;
const MAX_LINES = 300;
const LONG_ALLOWED = [/^src\/i18n\/messages-\w+\.ts$/];

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
};
ROOTS.forEach(walk);

const faults = [];
const known = new Set(files);
const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

function importsOf(file) {
  const text = texts.get(file);
  const specs = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
  for (const m of text.matchAll(/new URL\(\s*['"](\.[^'"]+)['"]/g)) specs.push(m[1]);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => normalize(join(dirname(file), s.split('?')[0])))
    .filter((target) => known.has(target));
}
const graph = new Map(files.map((f) => [f, importsOf(f)]));

// Cycles: a depth-first walk; a back edge to a file on the current path is a cycle, reported once per set.
const state = new Map();
const path = [];
const seen = new Set();
const visit = (file) => {
  state.set(file, 'open');
  path.push(file);
  for (const next of graph.get(file)) {
    if (state.get(next) === 'open') {
      const cycle = path.slice(path.indexOf(next));
      const key = [...cycle].sort().join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        faults.push(`[layout: no-cycle] ${[...cycle, next].join(' → ')}`);
      }
    } else if (!state.has(next)) visit(next);
  }
  path.pop();
  state.set(file, 'done');
};
for (const file of files) if (!state.has(file)) visit(file);

const byFolder = new Map();
for (const file of files) byFolder.set(dirname(file), (byFolder.get(dirname(file)) ?? 0) + 1);
for (const [folder, n] of byFolder)
  if (n > MAX_FILES)
    faults.push(`[layout: folder-size] ${folder}/ holds ${n} code files (at most ${MAX_FILES})`);

for (const [file, text] of texts) {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const name = relative('.', file);
  if (lines > MAX_LINES && !LONG_ALLOWED.some((re) => re.test(name)))
    faults.push(`[layout: file-size] ${name} has ${lines} lines (at most ${MAX_LINES})`);
}

if (faults.length > 0) {
  console.error(faults.join('\n'));
  console.error(`\n${faults.length} layout fault(s): see docs/architecture.md.`);
  process.exit(1);
}
console.log(`layout: ${files.length} files in ${byFolder.size} folders, no cycle, none too large.`);
