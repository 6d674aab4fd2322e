import type { Database } from '../db/database.js';

/** Placeholder until the seed loader lands: reports whether the graph is empty. */
export async function seedIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  const rows = await db.readText('MATCH (n:Entity) RETURN count(n) AS n');
  log(`Graph holds ${String(rows[0]?.n ?? 0)} entities.`);
}
