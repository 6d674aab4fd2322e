/**
 * Builds the embedded-Neo4j launcher with Maven if its jar is missing or older than its sources.
 * Runs as `npm run launcher:build`, and is called by the server and the test setup.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launcherDir, launcherJar } from './launcher-paths.js';

function newestSourceTime(): number {
  const files = [path.join(launcherDir, 'pom.xml')];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(launcherDir, 'src'));
  return Math.max(...files.map((f) => fs.statSync(f).mtimeMs));
}

export function launcherIsCurrent(): boolean {
  return fs.existsSync(launcherJar) && fs.statSync(launcherJar).mtimeMs >= newestSourceTime();
}

export function ensureLauncherBuilt(log: (line: string) => void = console.error): void {
  if (launcherIsCurrent()) return;
  log('Building the embedded Neo4j launcher with Maven (first run downloads Neo4j 5.26 from Maven Central)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(launcherDir, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) throw new Error(`could not run Maven (mvn): ${result.error.message}. Install Maven and Java 17.`);
  if (result.status !== 0) throw new Error(`Maven failed to build launcher/ (exit ${result.status})`);
  // Maven skips re-packaging an unchanged jar; touch it so the freshness check holds.
  const now = new Date();
  fs.utimesSync(launcherJar, now, now);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureLauncherBuilt();
  console.log(`launcher ready: ${launcherJar}`);
}
