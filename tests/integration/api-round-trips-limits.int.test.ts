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

/** Statements one request sends, and its answer. */
async function tripsOf(query: string, variables: Record<string, unknown>) {
  const before = api.db.roundTrips;
  const result = await api.ask(query, variables);
  return { trips: api.db.roundTrips - before, ...result };
}

const FLAGSHIP = `query ($right: ID!, $category: ID!, $state: ID) {
  monitoringBodies(right: $right, category: $category, state: $state) {
    monitorId basis instrumentId categoryPath monitor { id name } instrument { id name } evidence { type from to citations { sourceId locator } }
  }
}`;
const PROFILE = `query ($state: ID!, $category: ID!) {
  protectionProfile(state: $state, category: $category) {
    state { id name } category { id name }
    covered { ...P } missing { ...P } unknown { ...P }
  }
}
fragment P on ProfileInstrument { instrument { id name } status ratification { date } rights { right { id name } } monitors { monitor { id name } } }`;
const SEARCH = `query ($text: String!) { search(text: $text, first: 10) { score node { id kind name } } }`;

describe('one statement per root question (the ids are checked by the question statement itself)', () => {
  it('the flagship: 1 statement with answers, with none, and for an unknown or wrong-kind id (still named)', async () => {
    const answered = await tripsOf(FLAGSHIP, { right: 'right:non-refoulement', category: 'category:refugees', state: 'state:MEX' });
    expect(answered.errors).toBeUndefined();
    expect(answered.data.monitoringBodies.length).toBeGreaterThan(0);
    expect(answered.data.monitoringBodies[0].monitor.id).toBe(answered.data.monitoringBodies[0].monitorId);
    expect(answered.trips).toBe(1);
    const unknown = await tripsOf(FLAGSHIP, { right: 'right:non-refoulement', category: 'category:refugees', state: 'state:XXX' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'state: no node with id "state:XXX"',
      extensions: { code: 'NOT_FOUND', argument: 'state', id: 'state:XXX' },
    });
    expect(unknown.data).toBeNull();
    expect(unknown.trips).toBe(1);
    const wrongKind = await tripsOf(FLAGSHIP, { right: 'category:refugees', category: 'category:refugees' });
    expect(wrongKind.errors?.[0]).toMatchObject({
      message: 'right: "category:refugees" is a MigrantCategory, expected a Right',
      extensions: { code: 'BAD_USER_INPUT', argument: 'right', id: 'category:refugees' },
    });
    expect(wrongKind.trips).toBe(1);
  });

  it('the protection profile: 1 statement, and an unknown id is still NOT_FOUND naming it', async () => {
    const answered = await tripsOf(PROFILE, { state: 'state:MEX', category: 'category:refugees' });
    expect(answered.errors).toBeUndefined();
    const p = answered.data.protectionProfile;
    expect(p.state).toEqual({ id: 'state:MEX', name: 'Mexico' });
    expect(p.category.id).toBe('category:refugees');
    expect(p.covered.length).toBeGreaterThan(0);
    expect(answered.trips).toBe(1);
    const unknown = await tripsOf(PROFILE, { state: 'state:MEX', category: 'category:nobody' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'category: no node with id "category:nobody"',
      extensions: { code: 'NOT_FOUND', argument: 'category', id: 'category:nobody' },
    });
    expect(unknown.trips).toBe(1);
  });

  it('search: 1 statement', async () => {
    const answered = await tripsOf(SEARCH, { text: 'refugee' });
    expect(answered.errors).toBeUndefined();
    expect(answered.data.search.length).toBeGreaterThan(0);
    expect(answered.trips).toBe(1);
  });
});

/**
 * The other root questions: the statements each request sends, measured and pinned so a change
 * shows. Each checks its ids in its own statement and returns the nodes it names (unknown and
 * wrong-kind ids, per question: one-round-trip.int.test.ts).
 */
describe('statements per request of the other root questions (stated)', () => {
  const G = 'graph { nodes { id kind } edges { id source target } }';
  it.each([
    // the gap statement, with the States of its four lists
    ['gapAnalysis by region', '{ gapAnalysis(instrument: "instrument:icrmw", region: "Africa") { memberCount parties { id } unknown { id } } }', 1],
    ['gapAnalysis by group', '{ gapAnalysis(instrument: "instrument:icrmw", group: "forum:un-western-european-others-group") { parties { id } } }', 1],
    // the status statement, with its data sets and the counts the documents report
    ['ratificationStatus', '{ ratificationStatus(instrument: "instrument:cat") { partyCount parties { state { id } } } }', 1],
    // the status statement: the default year range and every year end
    ['partiesOverTime', '{ partiesOverTime(instrument: "instrument:cat") { years { year partyCount } } }', 1],
    ['processOverlaps', '{ processOverlaps(group: "forum:un-western-european-others-group") { sharedMembers { id } } }', 1],
    ['mandates', '{ mandates(subject: "category:refugees") { mandate { holder { id } } } }', 1],
    ['shortestPath', '{ shortestPath(from: "state:MEX", to: "instrument:cat") { length nodes { id } } }', 1],
    // one statement: the id check, every hop, then the nodes and the edges among them
    ['neighborhood', '{ neighborhood(id: "state:MEX") { nodes { id } edges { id } } }', 1],
    ['neighborhood, depth 2', '{ neighborhood(id: "state:MEX", depth: 2) { nodes { id } edges { id } } }', 1],
    ['neighborhood, depth 3', '{ neighborhood(id: "state:MEX", depth: 3) { nodes { id } edges { id } } }', 1],
    ['paths', `{ paths(from: "state:MEX", to: "instrument:cat") { ${G} } }`, 1],
    ['subgraph', `{ subgraph(ids: ["state:MEX", "instrument:cat"]) { nodes { id } edges { id } } }`, 1],
    // the flagship's rule and id check, and the nodes of the graph, in one statement
    ['monitoringEvidenceGraph', `{ monitoringEvidenceGraph(right: "right:non-refoulement", category: "category:refugees") { ${G} } }`, 1],
  ])('%s', async (_name, query, expected) => {
    const { trips, errors } = await tripsOf(query, {});
    expect(errors).toBeUndefined();
    expect(trips).toBe(expected);
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
