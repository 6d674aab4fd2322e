#!/usr/bin/env node
// Runs before `npm start`, `npm test` and the other commands that load packages (npm's pre-scripts): installs the npm packages when
// node_modules is missing or older than package-lock.json, so each command works on a fresh clone.
// Plain Node on purpose: it must run before any dependency is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const stamp = 'node_modules/.package-lock.json';
const stale = !fs.existsSync(stamp) || fs.statSync(stamp).mtimeMs < fs.statSync('package-lock.json').mtimeMs;
if (stale) {
  console.error('Installing npm packages (npm ci)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
