/** Every .cypher query file must at least compile against the real schema (EXPLAIN runs nothing). */
import { afterAll, describe, expect, it } from 'vitest';
import { cypher, listQueryFiles } from '../../src/db/query-registry.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
afterAll(() => db.close());

describe('cypher/ query files', () => {
  const files = listQueryFiles();
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s compiles (EXPLAIN)', async (name) => {
    await expect(db.readText(`EXPLAIN ${cypher(name)}`)).resolves.toBeDefined();
  });
});
