#!/usr/bin/env node
// Browser tests need Debian's Chromium. Install it when we can (root with apt-get); otherwise stop and say
// what to install. Never skip the browser tests silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (!isRoot || !hasApt) {
  console.error(
    `Chromium is missing at ${CHROMIUM} and cannot be installed from here.\n` +
      "Install Debian's package (as root: apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again.",
  );
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium package with apt-get…");
execSync(
  'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null',
  {
    stdio: 'inherit',
    shell: '/bin/bash',
  },
);
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
