/**
 * Neo4j's refusals reach clients translated in one place (src/db/errors.ts): a real uniqueness
 * constraint violation on the test database, and the memory-limit refusal by its Neo4j code.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { isMemoryLimitError, translateQueryError, TransactionTooLargeError } from '../../src/db/errors.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
afterAll(() => db.close());

describe('Neo4j errors a client can act on', () => {
  it('a second node with an existing id is BAD_USER_INPUT naming the property, and nothing is written', async () => {
    const before = await db.read('nodes/by-ids', { ids: ['state:MEX'] });
    const error = await db.write('curation/create-node', { props: { id: 'state:MEX', name: 'Duplicate' }, label: 'State' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((error as GraphQLError).message).toContain('"state:MEX" already exists');
    expect(await db.read('nodes/by-ids', { ids: ['state:MEX'] })).toEqual(before);
  });

  it("Neo4j's transaction memory refusal becomes a refusal that says to ask for less; other errors pass unchanged", () => {
    const memory = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 10.0 MiB.',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError' as never,
      '50N42',
      'error: general processing exception',
    );
    const translated = translateQueryError(memory);
    expect(translated).toBeInstanceOf(TransactionTooLargeError);
    expect((translated as GraphQLError).extensions.code).toBe('RESULT_TOO_LARGE');
    expect(isMemoryLimitError(translated)).toBe(true);
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError' as never, '42001', 'error: syntax error');
    expect(translateQueryError(syntax)).toBe(syntax);
  });
});
