#!/usr/bin/env node
// Browser tests need Debian's Chromium, and the production-serving test Debian's nginx. Install what is
// missing when we can (root with apt-get); otherwise stop and say what to install. Never skip tests silently.
import { execSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

const missing = [
  ...(existsSync(CHROMIUM) ? [] : [{ path: CHROMIUM, packages: 'chromium fonts-noto-core' }]),
  ...(existsSync(NGINX) ? [] : [{ path: NGINX, packages: 'nginx' }]),
];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const packages = missing.map((m) => m.packages).join(' ');
if (!isRoot || !hasApt) {
  console.error(
    `Missing for the tests: ${missing.map((m) => m.path).join(', ')}, and they cannot be installed from here.\n` +
      `Install Debian's packages (as root: apt-get install -y ${packages}) or set CHROMIUM_PATH / NGINX_PATH, then run npm test again.`,
  );
  process.exit(1);
}
console.log(`Installing Debian's ${packages} with apt-get…`);
// The tests start nginx themselves: keep apt from starting the system service on port 80.
const policy = '/usr/sbin/policy-rc.d';
const ownPolicy = !existsSync(policy);
if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
try {
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages} >/dev/null`,
    { stdio: 'inherit', shell: '/bin/bash' },
  );
} finally {
  if (ownPolicy) rmSync(policy, { force: true });
}
for (const m of missing) {
  if (!existsSync(m.path)) {
    console.error(`apt-get finished but ${m.path} is still missing.`);
    process.exit(1);
  }
}
