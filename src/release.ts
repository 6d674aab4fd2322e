/**
 * What this build is: the package version (package.json) and, from a git checkout, `git describe`
 * (tag, commits since, commit, `-dirty`). Read once per process; a build without git (the
 * production image) reports the package version as its release, never an invented commit.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Release {
  /** package.json "version", e.g. 0.1.0 */
  version: string;
  /** `git describe --tags --always --dirty`, or the version when git cannot say. */
  release: string;
}

// src/release.ts and dist/release.js both sit one level below the project root.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function gitDescribe(): string | undefined {
  try {
    const out = execFileSync('git', ['describe', '--tags', '--always', '--dirty'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2000,
    });
    return out.trim() || undefined;
  } catch {
    return undefined; // no git, or not a checkout
  }
}

let cached: Release | undefined;

export function currentRelease(): Release {
  if (!cached) {
    const { version } = JSON.parse(fs.readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    cached = { version, release: gitDescribe() ?? version };
  }
  return cached;
}
