import { inject } from 'vitest';
import { Database } from '../../src/db/database.js';

/** A Database connected to the test run's Neo4j; close it in afterAll. */
export function testDatabase(): Database {
  return new Database({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
}
