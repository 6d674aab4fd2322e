import type { Database } from '../db/database.js';
import { formatProblems, loadSeed } from './load-seed.js';
import { formatSeedOutcome } from './format-outcome.js';

/** At start-up: load the curated seed when the graph holds no entities yet. */
export async function seedIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  const rows = await db.read('meta/entity-count');
  if (Number(rows[0]?.n ?? 0) > 0) return;
  log('The graph is empty: loading the curated seed...');
  const outcome = await loadSeed(db);
  if (!outcome.ok) throw new Error(`seed data is invalid, nothing written:\n${formatProblems(outcome.problems)}`);
  log(formatSeedOutcome(outcome));
}
