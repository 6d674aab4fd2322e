/**
 * Every Cypher statement the application runs lives in cypher/ as a .cypher file.
 * They are read once, at first use, and looked up by their path without the extension
 * (e.g. "meta/database-info"). User values reach them only as $parameters.
 * A statement may include reviewed fragments of cypher/fragments/ with `@include(name)`
 * (cypher-fragments.ts): they are spliced in when the statement is read, so `cypher(name)` is
 * the whole statement the database sees (and the one the EXPLAIN contract test compiles).
 * Fragments are not statements: listQueryFiles() leaves them out, as it leaves out migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expandIncludes, FRAGMENTS_FOLDER } from './cypher-fragments.js';
import { projectRoot } from './embedded/launcher-paths.js';

export const cypherDir = path.join(projectRoot, 'cypher');

/** Strips `//` comment lines so the statement text is what the database sees. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

export interface QueryRegistry {
  /** The statement cypher/<name>.cypher, comments stripped and fragments included; read once. */
  cypher(name: string): string;
  /** Every statement's name (not migrations, not fragments), sorted. */
  listQueryFiles(): string[];
}

/** The registry of the .cypher files under `dir` (tests give it a folder of their own). */
export function createQueryRegistry(dir: string): QueryRegistry {
  const cache = new Map<string, string>();
  const read = (name: string): string | undefined => {
    const file = path.join(dir, `${name}.cypher`);
    return fs.existsSync(file) ? stripComments(fs.readFileSync(file, 'utf8')) : undefined;
  };
  return {
    cypher(name) {
      let text = cache.get(name);
      if (text === undefined) {
        const raw = name.startsWith(`${FRAGMENTS_FOLDER}/`) ? undefined : read(name);
        if (raw === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
        text = expandIncludes(name, raw, read);
        cache.set(name, text);
      }
      return text;
    },
    listQueryFiles() {
      const out: string[] = [];
      const walk = (folder: string): void => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
          const full = path.join(folder, entry.name);
          if (entry.isDirectory()) {
            if (entry.name !== 'migrations' && entry.name !== FRAGMENTS_FOLDER) walk(full);
          } else if (entry.name.endsWith('.cypher')) {
            out.push(path.relative(dir, full).replace(/\.cypher$/, ''));
          }
        }
      };
      walk(dir);
      return out.sort();
    },
  };
}

const registry = createQueryRegistry(cypherDir);

export function cypher(name: string): string {
  return registry.cypher(name);
}

/** All query files (not migrations, not fragments), for the EXPLAIN contract test. */
export function listQueryFiles(): string[] {
  return registry.listQueryFiles();
}
