import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';

/**
 * A Database connected to the test run's Neo4j; close it in afterAll. Its transaction timeout is
 * generous (60 s, not the 10 s default) so a loaded CI machine cannot turn a slow answer into a
 * failed test; the timeouts themselves are tested with their own Neo4j (neo4j-outage.int.test.ts).
 */
export function testDatabase(): Database {
  return new Database({
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword'),
    timeouts: { transactionMs: 60_000 },
  });
}
