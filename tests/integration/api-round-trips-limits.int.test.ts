/**
 * Batching: a nested query costs the same number of database round-trips whatever the
 * number of items. Limits: query depth, and internal errors masked in production with a
 * request id that matches the server log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const NESTED = `query ($n: Int) {
  states(first: $n, filter: { partyTo: "instrument:cat" }) {
    nodes { id
      ratifications { action date
        instrument { id name
          monitoredBy { kind monitor { id name } sources { locator sourceTitle } }
          statusReports { value asOf }
        }
        sources { sourceTitle }
      }
    }
  }
}`;

async function roundTripsFor(n: number): Promise<{ trips: number; states: number; ratifications: number }> {
  const before = api.db.roundTrips;
  const data = await api.data(NESTED, { n });
  const states = data.states.nodes.length;
  const ratifications = data.states.nodes.reduce((sum: number, s: any) => sum + s.ratifications.length, 0);
  return { trips: api.db.roundTrips - before, states, ratifications };
}

describe('round-trips', () => {
  it('20 States → ratifications → instrument → monitoring bodies and citations cost as many round-trips as 2 States', async () => {
    const small = await roundTripsFor(2);
    const large = await roundTripsFor(20);
    expect(small.states).toBe(2);
    expect(large.states).toBe(20);
    expect(large.ratifications).toBeGreaterThan((10 * small.ratifications) / 2);
    expect(large.trips).toBe(small.trips);
    // One statement for the list with its filter id check, ratifications, instruments and
    // monitoring edges (issue 15, nested-listing-one-statement.int.test.ts); then one batch each
    // for what it leaves to the loaders: statusReports, source titles (both levels in one batch).
    expect(large.trips).toBe(3);
  });
});

describe('limits and errors', () => {
  it('rejects a query nested deeper than the limit, naming the depth and the limit', async () => {
    // node → (ratifications → instrument → parties → state) × 3 → id: 14 levels (fragments add none).
    const hop = (inner: string) => `ratifications { instrument { parties { state { ${inner} } } } }`;
    const deep = `{ node(id: "state:MEX") { ... on State { ${hop(hop(hop('id')))} } } }`;
    const { errors } = await api.ask(deep);
    expect(errors?.[0]?.message).toBe('The query is 14 levels deep; the limit is 12 (QUERY_MAX_DEPTH)');
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // 12 levels are within the limit.
    const twelve = `{ node(id: "category:refugees") { ... on MigrantCategory { ${'broader { broader { '.repeat(5)} id ${'} } '.repeat(5)} } } }`;
    const ok = await api.ask(twelve);
    expect(ok.errors).toBeUndefined();
  });

  it('refuses an answer with more relationships than the cap, as one error and no partial data', async () => {
    // Mexico → ~15 instruments → ~170 parties each → their ratifications → parties again: millions.
    const hop = (inner: string) => `ratifications { instrument { parties { state { ${inner} } } } }`;
    const { data, errors } = await api.ask(`{ node(id: "state:MEX") { ... on State { ${hop(hop('id'))} } } }`);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      message: 'The answer would hold more than 25000 relationships; ask for less (fewer nested lists, filters, smaller pages)',
      extensions: { code: 'RESULT_TOO_LARGE', limit: 25000 },
    });
  });

  it('masks internal errors in production, with a request id that is in the log', async () => {
    const production = await startTestApi({ production: true });
    // A State without its required iso2: a broken graph, not a user error.
    await production.db.writeTx((tx) => production.db.runText(tx, "CREATE (:Entity:State {id: 'state:ZZZ', name: 'Broken'})"));
    try {
      const { errors } = await production.ask('{ node(id: "state:ZZZ") { ... on State { iso2 } } }');
      expect(errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const requestId = errors![0]!.extensions!.requestId as string;
      expect(requestId).toMatch(/^[\w-]+$/);
      expect(production.logged.some((line) => line.includes(requestId) && line.includes('State.iso2'))).toBe(true);
      // User errors keep their message in production.
      const notFound = await production.ask('{ node(id: "state:XXX") { id } }');
      expect(notFound.errors?.[0]).toMatchObject({ message: 'id: no node with id "state:XXX"', extensions: { code: 'NOT_FOUND' } });
    } finally {
      await production.db.writeTx((tx) => production.db.runText(tx, "MATCH (n:Entity {id: 'state:ZZZ'}) DETACH DELETE n"));
      await production.close();
    }
  });
});
