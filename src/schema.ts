/** Reads the SDL from schema/*.graphql (the single source of truth for the API). */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './db/embedded/launcher-paths.js';

export function readTypeDefs(): string {
  const dir = path.join(projectRoot, 'schema');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
