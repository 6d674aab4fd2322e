#!/usr/bin/env node
// Runs before `npm test`: the browser tests (tests/browser/) drive Debian's Chromium through
// playwright-core, which never downloads a browser. Installs the `chromium` package when it is
// missing (as root, or through passwordless sudo), or stops with a message saying what to do.
// Plain Node: it must run before any dependency is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${wanted}: no such file`);
  process.exit(1);
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const root = process.getuid?.() === 0;
const sudo = !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!has('apt-get') || (!root && !sudo)) {
  console.error(
    'The browser tests need Chromium at /usr/bin/chromium (Debian package `chromium`).\n' +
      'Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
const run = (args) => {
  const [cmd, ...rest] = sudo ? ['sudo', '-n', ...args] : args;
  return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
};
console.error('Chromium is missing: installing the Debian package `chromium` for the browser tests...');
if (!run(['apt-get', 'install', '-y', 'chromium'])) {
  // A fresh machine may have no package lists yet.
  if (!run(['apt-get', 'update']) || !run(['apt-get', 'install', '-y', 'chromium'])) {
    console.error('Installing chromium failed; install it by hand (`apt-get install -y chromium`) or set CHROMIUM_PATH.');
    process.exit(1);
  }
}
if (!fs.existsSync(wanted)) {
  console.error(`The chromium package is installed but ${wanted} is missing; set CHROMIUM_PATH.`);
  process.exit(1);
}
