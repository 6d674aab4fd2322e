/**
 * Issue 15 item 2: a nested listing is answered by one statement whatever its page size and
 * depth (src/resolvers/selection-plan.ts, src/graph/nested-read-cypher.ts), with the same answer
 * as the DataLoader path (`nodes(ids:)` resolves every relationship through the loaders), the
 * same errors for a filter id, and the same result budget. Round-trips are counted by the
 * executor (Database.roundTrips), as in api-round-trips-limits.int.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/query-limits.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  // The deeper listings cost more than QUERY_MAX_COST's default allows; what is measured here is
  // the statements they take, and the result budget still applies.
  api = await startTestApi({ queryLimits: { ...DEFAULT_QUERY_LIMITS, maxCost: 100_000 } });
});
afterAll(() => api.close());

/** bench/questions.ts's nested listing, below `nodes`. */
const BENCH = `id name ratifications { action date instrument { id name monitoredBy { kind monitor { id name } } } }`;

/** Deeper (4 relationship hops) and wider (more lists, citations, edge and node properties, fragments, aliases). */
const WIDE = `id name iso3 unStatus kind aliases sources { sourceId locator quote }
  ratifications { id type fromId toId action date datePrecision asOf sources { sourceId locator quote }
    instrument { __typename id name kind type acronym
      monitoredBy { kind procedures sources { locator quote }
        monitor { __typename id name kind ... on Body { acronym monitors { kind instrument { id name guarantees { articles right { id name } } } } } } }
      cats: protects { category { id name } } } }
  signatures { date instrument { id } }
  memberships { role group { id name kind } }`;

/** Reads the plan leaves to the loaders: a near end, status reports, citation titles (dense lists below the first hop: the budget test). */
const MIXED = `id ratifications { state { id iso2 } sources { sourceTitle } instrument { id statusReports { value asOf } } }`;

async function measured(query: string, variables: Record<string, unknown>): Promise<{ trips: number; data: any }> {
  const before = api.db.roundTrips;
  const { data, errors } = await api.ask(query, variables);
  expect(errors).toBeUndefined();
  return { trips: api.db.roundTrips - before, data };
}

/** The listing's nodes, and the same selection for the same ids through the DataLoaders. */
async function listedAndLoaded(selection: string, n: number): Promise<{ trips: number; listed: any[]; loaded: any[] }> {
  const list = await measured(`query ($n: Int) { states(first: $n, filter: { partyTo: "instrument:cat" }) { totalCount nodes { ${selection} } } }`, { n });
  const listed = list.data.states.nodes;
  const ids = listed.map((s: { id: string }) => s.id);
  const loaded = await api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on State { ${selection} } } }`, { ids });
  return { trips: list.trips, listed, loaded: loaded.nodes };
}

const relationshipCount = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, v) => sum + 1 + relationshipCount(v), 0)
    : value && typeof value === 'object'
      ? Object.values(value).reduce((sum: number, v) => sum + relationshipCount(v), 0)
      : 0;

describe('a nested listing is one statement', () => {
  it.each([
    ['the bench listing', BENCH],
    ['a deeper and wider listing', WIDE],
  ])('%s: 1 round-trip for 1, 5 and 20 States, the same answer as the DataLoader path', async (_name, selection) => {
    for (const n of [1, 5, 20]) {
      const { trips, listed, loaded } = await listedAndLoaded(selection, n);
      expect(listed).toHaveLength(n);
      expect(trips).toBe(1);
      expect(listed).toEqual(loaded);
    }
    const large = await listedAndLoaded(selection, 20);
    expect(relationshipCount(large.listed)).toBeGreaterThan(100);
  });

  it('the same with `edges { node }`, aliases and a second page', async () => {
    const query = `query ($after: String) { states(first: 3, after: $after, filter: { partyTo: "instrument:cat" }) {
      pageInfo { endCursor hasNextPage } edges { cursor node { ${BENCH} again: ratifications { date } } } } }`;
    const first = await measured(query, {});
    const second = await measured(query, { after: first.data.states.pageInfo.endCursor });
    expect([first.trips, second.trips]).toEqual([1, 1]);
    const nodes = second.data.states.edges.map((e: any) => e.node);
    const loaded = await api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on State { ${BENCH} again: ratifications { date } } } }`, {
      ids: nodes.map((s: any) => s.id),
    });
    expect(nodes).toEqual(loaded.nodes);
    expect(nodes[0].again.length).toBe(nodes[0].ratifications.length);
  });

  it('what the plan leaves out goes to the loaders: a fixed number of round-trips, the same answer', async () => {
    const small = await listedAndLoaded(MIXED, 2);
    const large = await listedAndLoaded(MIXED, 20);
    expect(small.listed).toEqual(small.loaded);
    expect(large.listed).toEqual(large.loaded);
    expect(large.trips).toBe(small.trips);
    console.log(`[measured] nested listing with loader fallbacks: ${large.trips} round-trips for 2 and 20 States`);
    // The statement, one node-loader batch (near-end States and citation titles), status reports.
    expect(large.trips).toBe(3);
  });

  it('a filter id that names nothing, or a node of another kind, fails as on the DataLoader path', async () => {
    for (const [id, code] of [
      ['instrument:nope', 'NOT_FOUND'],
      ['state:MEX', 'BAD_USER_INPUT'],
    ]) {
      const nested = await api.ask(`{ states(filter: { partyTo: "${id}" }) { nodes { ratifications { id } } } }`);
      const flat = await api.ask(`{ states(filter: { partyTo: "${id}" }) { nodes { id } } }`);
      expect(nested.data).toBeNull();
      expect(nested.errors?.[0]?.extensions?.code).toBe(code);
      expect(nested.errors?.[0]?.message).toBe(flat.errors?.[0]?.message);
      expect(nested.errors?.[0]?.message).toContain(id);
    }
  });

  it('an answer over the result budget is refused as one error, not computed in one statement', async () => {
    const { data, errors } = await api.ask(`{ states(first: 20, filter: { partyTo: "instrument:cat" }) {
      nodes { ratifications { instrument { parties { state { ratifications { id } } } } } } } }`);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('RESULT_TOO_LARGE');
  });
});
