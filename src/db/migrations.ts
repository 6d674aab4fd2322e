/**
 * Applies cypher/migrations/NNN-name.cypher in order, once each, recording the applied
 * version as (:SchemaMigration {version}). Statements use IF NOT EXISTS, so a half-applied
 * file (schema commands cannot share a transaction) is simply re-run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database.js';
import { cypherDir, stripComments } from './query-registry.js';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export function readMigrations(dir = path.join(cypherDir, 'migrations')): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.cypher$/, ''),
      statements: stripComments(fs.readFileSync(path.join(dir, file), 'utf8'))
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

/** Returns the names of the migrations applied by this call. */
export async function migrate(db: Database): Promise<string[]> {
  const migrations = readMigrations();
  // The constraint on SchemaMigration.version is itself created by migration 001.
  const applied = new Set((await db.read('meta/applied-migrations')).map((r) => r.version));
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    for (const statement of migration.statements) {
      // A constraint checks every existing node: on a large graph that is bulk work, not a request.
      await db.writeTx((tx) => db.runText(tx, statement), { bulk: true, schema: isSchemaCommand(statement) });
    }
    await db.write('meta/record-migration', { version: migration.version, name: migration.name });
    done.push(migration.name);
  }
  // Index population is asynchronous; queries right after start-up should see them online.
  // It waits up to 120 s by itself, longer than a request's transaction timeout.
  await db.readTx((tx) => db.run(tx, 'meta/await-indexes'), { bulk: true });
  return done;
}

/** CREATE/DROP of a constraint or index: may not share a transaction with data writes. */
function isSchemaCommand(statement: string): boolean {
  return /^(CREATE|DROP)\s+(\w+\s+)?(CONSTRAINT|INDEX)\b/i.test(statement);
}
