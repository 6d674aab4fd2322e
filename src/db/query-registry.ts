/**
 * Every Cypher statement the application runs lives in cypher/ as a .cypher file.
 * They are read once, at first use, and looked up by their path without the extension
 * (e.g. "meta/database-info"). User values reach them only as $parameters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './embedded/launcher-paths.js';

export const cypherDir = path.join(projectRoot, 'cypher');

const cache = new Map<string, string>();

/** Strips `//` comment lines so the statement text is what the database sees. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(cypherDir, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`no Cypher file cypher/${name}.cypher`);
    text = stripComments(fs.readFileSync(file, 'utf8'));
    cache.set(name, text);
  }
  return text;
}

/** All query files (not migrations), for the EXPLAIN contract test. */
export function listQueryFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'migrations') walk(full);
      } else if (entry.name.endsWith('.cypher')) {
        out.push(path.relative(cypherDir, full).replace(/\.cypher$/, ''));
      }
    }
  };
  walk(cypherDir);
  return out.sort();
}
