/**
 * The state every test file starts from: migrations applied, the curated seed loaded, no API
 * keys and no audit trail. Files that write call resetTestGraph() in afterAll so the next file
 * finds the same state.
 */
import type { Database } from '../../src/db/database.js';
import { formatProblems, loadSeed } from '../../src/seed/load-seed.js';

export async function prepareTestGraph(db: Database): Promise<void> {
  await db.writeTx((tx) => db.runText(tx, 'MATCH (n) WHERE n:Entity OR n:Change OR n:ApiKey OR n:Proposal DETACH DELETE n'));
  const outcome = await loadSeed(db);
  if (!outcome.ok) throw new Error(`seed invalid:\n${formatProblems(outcome.problems)}`);
}

export const resetTestGraph = prepareTestGraph;
