#!/usr/bin/env node
// Runs before `npm test` (and in .ci/run): a Python virtual environment in .cache/python with the
// pinned packages the tests need (tests/support/python-requirements.txt: the Python client
// example's requests and pandas, and frictionless to validate the data package), from PyPI.
// Reinstalls only when the requirement files change. Without python3 it says so and exits 0: the
// tests that need Python then fail naming what is missing, rather than being skipped.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';

const VENV = '.cache/python';
const PYTHON = `${VENV}/bin/python`;
const FILES = ['tests/support/python-requirements.txt', 'clients/python/requirements.txt'];
const STAMP = `${VENV}/.requirements-sha256`;

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
const hash = crypto.createHash('sha256');
for (const f of FILES) hash.update(fs.readFileSync(f));
const wanted = hash.digest('hex');
if (fs.existsSync(PYTHON) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === wanted) process.exit(0);

if (spawnSync('python3', ['--version']).status !== 0) {
  console.error('python3 not found: the data package and Python client tests will fail until Python 3.10+ is installed.');
  process.exit(0);
}
console.error(`Installing the tests' Python packages into ${VENV} (${FILES[0]})...`);
let made = run('python3', ['-m', 'venv', '--clear', VENV]);
if (!made && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
  // Debian's python3 keeps venv in a separate package.
  made = run('apt-get', ['install', '-y', 'python3-venv']) && run('python3', ['-m', 'venv', '--clear', VENV]);
}
if (!made) {
  console.error(`could not create ${VENV} (python3 -m venv failed)`);
  process.exit(1);
}
if (!run(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', FILES[0]])) process.exit(1);
fs.writeFileSync(STAMP, wanted);
