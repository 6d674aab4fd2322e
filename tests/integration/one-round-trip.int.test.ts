/**
 * One round-trip per root question (issue 15, item 1): the cross-silo questions and the
 * graph-shaped queries check the ids they are asked about in their own statement, and return the
 * nodes the answer names, so a request costs one statement — with an answer, for an unknown id
 * (still NOT_FOUND naming the argument and the id) and for an id of the wrong kind (still
 * BAD_USER_INPUT). The flagship, the profile and search are in api-round-trips-limits.int.test.ts;
 * the flagship's evidence graph (the same rule in a statement that also reads the graph's nodes) is here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** The statements one request sends, and its answer. */
async function tripsOf(query: string) {
  const before = api.db.roundTrips;
  const result = await api.ask(query);
  return { trips: api.db.roundTrips - before, ...result };
}

const notFound = (argument: string, id: string) => ({
  message: `${argument}: no node with id "${id}"`,
  extensions: { code: 'NOT_FOUND', argument, id },
});
const wrongKind = (argument: string, id: string, kind: string, expected: string[]) => ({
  message: `${argument}: "${id}" is a ${kind}, expected ${expected.map((l) => `a ${l}`).join(' or ')}`,
  extensions: { code: 'BAD_USER_INPUT', argument, id },
});
const GROUP_KINDS = ['RCP', 'Forum', 'Organization', 'Body'];

const STATUS_FIELDS = `partyCount parties { state { id name } } dataSources { id title } reportedCounts { value asOf }
  disagreements { state { id name } ratifications { date } } coverage { fromId } statusAsOf`;
const GRAPH = 'nodes { id kind label } edges { id source target }';

interface Case {
  name: string;
  /** A question with an answer: what `check` reads from the data must be there. */
  good: string;
  check: (data: any) => void;
  unknown: [query: string, error: object];
  wrongKind?: [query: string, error: object];
  /** Round-trips of the good question when not 1, and why. */
  trips?: number;
}

const CASES: Case[] = [
  {
    name: 'ratificationStatus',
    good: `{ ratificationStatus(instrument: "instrument:cat") { instrument { id name } ${STATUS_FIELDS} } }`,
    check: (d) => {
      expect(d.ratificationStatus.instrument.name).toBeTruthy();
      expect(d.ratificationStatus.parties.length).toBeGreaterThan(0);
      expect(d.ratificationStatus.parties[0].state.name).toBeTruthy();
      expect(d.ratificationStatus.dataSources.length).toBeGreaterThan(0);
      expect(d.ratificationStatus.dataSources[0].title).toBeTruthy();
    },
    unknown: [`{ ratificationStatus(instrument: "instrument:nope") { partyCount } }`, notFound('instrument', 'instrument:nope')],
    wrongKind: [`{ ratificationStatus(instrument: "state:MEX") { partyCount } }`, wrongKind('instrument', 'state:MEX', 'State', ['Instrument'])],
  },
  {
    name: 'ratificationStatus as of a year',
    good: `{ ratificationStatus(instrument: "instrument:icrmw", asOf: "2010") { instrument { id } ${STATUS_FIELDS} } }`,
    check: (d) => expect(d.ratificationStatus.partyCount).toBeGreaterThan(0),
    unknown: [`{ ratificationStatus(instrument: "instrument:nope", asOf: "2010") { partyCount } }`, notFound('instrument', 'instrument:nope')],
  },
  {
    name: 'partiesOverTime (default range)',
    good: `{ partiesOverTime(instrument: "instrument:icrmw") { instrument { id name } from to reportedCounts { value } coverage { fromId }
      years { year partyCount dataSources { id title } reportedCounts { value } } } }`,
    check: (d) => {
      expect(d.partiesOverTime.instrument.name).toBeTruthy();
      expect(d.partiesOverTime.years.length).toBeGreaterThan(1);
      expect(d.partiesOverTime.years.at(-1).dataSources.length).toBeGreaterThan(0);
    },
    unknown: [`{ partiesOverTime(instrument: "instrument:nope") { from } }`, notFound('instrument', 'instrument:nope')],
    wrongKind: [`{ partiesOverTime(instrument: "state:MEX") { from } }`, wrongKind('instrument', 'state:MEX', 'State', ['Instrument'])],
  },
  {
    name: 'partiesOverTime (range given)',
    good: `{ partiesOverTime(instrument: "instrument:icrmw", from: 2000, to: 2010) { from to years { year partyCount dataSources { id } } } }`,
    check: (d) => expect(d.partiesOverTime.years).toHaveLength(11),
    unknown: [`{ partiesOverTime(instrument: "instrument:nope", from: 2000, to: 2010) { from } }`, notFound('instrument', 'instrument:nope')],
  },
  {
    name: 'processOverlaps',
    good: `{ processOverlaps(group: "forum:un-western-european-others-group") { group { id name } other { id name } sharedMemberCount sharedMembers { id name } sharedSecretariats { id } } }`,
    check: (d) => {
      expect(d.processOverlaps.length).toBeGreaterThan(0);
      expect(d.processOverlaps[0].other.name).toBeTruthy();
      expect(d.processOverlaps[0].sharedMembers[0].name).toBeTruthy();
      expect(d.processOverlaps[0].sharedMemberCount).toBe(d.processOverlaps[0].sharedMembers.length);
    },
    unknown: [`{ processOverlaps(group: "rcp:nope") { sharedMemberCount } }`, notFound('group', 'rcp:nope')],
    wrongKind: [`{ processOverlaps(group: "state:MEX") { sharedMemberCount } }`, wrongKind('group', 'state:MEX', 'State', ['RCP', 'Forum'])],
  },
  {
    name: 'memberships',
    good: `{ memberships(group: "forum:gmg") { member { id name } group { id name } role } }`,
    check: (d) => expect(d.memberships.length).toBeGreaterThan(0),
    unknown: [`{ memberships(group: "forum:gmg", member: "org:nope") { role } }`, notFound('member', 'org:nope')],
    wrongKind: [`{ memberships(group: "state:MEX") { role } }`, wrongKind('group', 'state:MEX', 'State', GROUP_KINDS)],
  },
  {
    name: 'mandates',
    good: `{ mandates(holder: "org:unhcr", subject: "category:refugees") { categoryPath mandate { holder { id name } subject { id } kind } } }`,
    check: (d) => expect(d.mandates.length).toBeGreaterThan(0),
    unknown: [`{ mandates(subject: "category:nope") { categoryPath } }`, notFound('subject', 'category:nope')],
    wrongKind: [`{ mandates(holder: "state:MEX") { categoryPath } }`, wrongKind('holder', 'state:MEX', 'State', ['Organization', 'Body'])],
  },
  {
    name: 'gapAnalysis',
    good: `{ gapAnalysis(instrument: "instrument:icrmw", group: "forum:un-western-european-others-group") { instrument { id } group { id }
      memberCount parties { id name iso3 } nonParties { id name } signedOnly { id } unknown { id name } } }`,
    check: (d) => {
      expect(d.gapAnalysis.memberCount).toBeGreaterThan(0);
      const listed = [...d.gapAnalysis.parties, ...d.gapAnalysis.nonParties, ...d.gapAnalysis.unknown];
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((s: any) => s.name)).toBe(true);
    },
    unknown: [`{ gapAnalysis(instrument: "instrument:nope", region: "Africa") { memberCount } }`, notFound('instrument', 'instrument:nope')],
    wrongKind: [`{ gapAnalysis(instrument: "instrument:icrmw", group: "state:MEX") { memberCount } }`, wrongKind('group', 'state:MEX', 'State', GROUP_KINDS)],
  },
  {
    name: 'shortestPath',
    good: `{ shortestPath(from: "state:MEX", to: "instrument:cat") { length nodes { id } edges { fromId toId } } }`,
    check: (d) => expect(d.shortestPath.length).toBeGreaterThan(0),
    unknown: [`{ shortestPath(from: "state:MEX", to: "instrument:nope") { length } }`, notFound('to', 'instrument:nope')],
  },
  {
    name: 'monitoringEvidenceGraph',
    good: `{ monitoringEvidenceGraph(right: "right:non-refoulement", category: "category:refugees", state: "state:MEX") {
      answers { monitorId basis instrumentId edgeIds } graph { ${GRAPH} truncated } } }`,
    check: (d) => {
      expect(d.monitoringEvidenceGraph.answers.length).toBeGreaterThan(0);
      expect(d.monitoringEvidenceGraph.graph.nodes.length).toBeGreaterThan(2);
      expect(d.monitoringEvidenceGraph.graph.nodes[0]).toMatchObject({ id: 'right:non-refoulement', kind: 'Right' });
      expect(d.monitoringEvidenceGraph.graph.edges.length).toBeGreaterThan(0);
    },
    unknown: [
      `{ monitoringEvidenceGraph(right: "right:non-refoulement", category: "category:nope") { answers { monitorId } } }`,
      notFound('category', 'category:nope'),
    ],
    wrongKind: [
      `{ monitoringEvidenceGraph(right: "category:refugees", category: "category:refugees") { answers { monitorId } } }`,
      wrongKind('right', 'category:refugees', 'MigrantCategory', ['Right']),
    ],
  },
  {
    name: 'neighborhood (depth 3)',
    // One statement: the id check, every hop, then the nodes and the edges among them.
    good: `{ neighborhood(id: "state:MEX", depth: 3) { ${GRAPH} truncated } }`,
    check: (d) => {
      expect(d.neighborhood.nodes.length).toBeGreaterThan(1);
      expect(d.neighborhood.edges.length).toBeGreaterThan(0);
    },
    unknown: [`{ neighborhood(id: "state:XXX") { nodes { id } } }`, notFound('id', 'state:XXX')],
  },
  {
    name: 'paths',
    good: `{ paths(from: "state:MEX", to: "instrument:cat") { graph { ${GRAPH} } paths { length nodeIds } } }`,
    check: (d) => expect(d.paths.paths.length).toBeGreaterThan(0),
    unknown: [`{ paths(from: "state:XXX", to: "instrument:cat") { paths { length } } }`, notFound('from', 'state:XXX')],
  },
  {
    name: 'subgraph',
    good: `{ subgraph(ids: ["state:MEX", "instrument:cat", "state:MEX"]) { ${GRAPH} } }`,
    check: (d) => {
      expect(d.subgraph.nodes.map((n: any) => n.id)).toEqual(['state:MEX', 'instrument:cat']);
      expect(d.subgraph.edges.length).toBeGreaterThan(0);
    },
    unknown: [`{ subgraph(ids: ["state:MEX", "state:XXX", "state:YYY"]) { nodes { id } } }`, notFound('ids', 'state:XXX')],
  },
  {
    name: 'exportGraph of a neighbourhood',
    // The neighbourhood's one statement.
    good: `{ exportGraph(selection: { neighborhood: { id: "state:MEX", depth: 2 } }, format: CYTOSCAPE_JSON) { filename content } }`,
    check: (d) => expect(d.exportGraph.content.length).toBeGreaterThan(0),
    unknown: [
      `{ exportGraph(selection: { neighborhood: { id: "state:XXX" } }, format: CYTOSCAPE_JSON) { filename } }`,
      notFound('selection.neighborhood.id', 'state:XXX'),
    ],
  },
];

describe('one round-trip per root question, its ids checked by its own statement', () => {
  describe.each(CASES)('$name', ({ good, check, unknown, wrongKind, trips = 1 }) => {
    it(`answers in ${trips} round-trip(s)`, async () => {
      const answered = await tripsOf(good);
      expect(answered.errors).toBeUndefined();
      check(answered.data);
      expect(answered.trips).toBe(trips);
    });

    it('an unknown id: NOT_FOUND naming it, from the same 1 round-trip', async () => {
      const [query, error] = unknown;
      const result = await tripsOf(query);
      expect(result.errors?.[0]).toMatchObject(error);
      // No answer: null data, or null in the one nullable root field (shortestPath).
      expect(Object.values(result.data ?? {}).every((v) => v === null)).toBe(true);
      expect(result.trips).toBe(1);
    });

    // Arguments that take any kind of node (from, to, id, ids, member, subject) have no wrong kind.
    if (wrongKind)
      it('an id of the wrong kind: BAD_USER_INPUT naming it, from the same 1 round-trip', async () => {
        const [query, error] = wrongKind;
        const result = await tripsOf(query);
        expect(result.errors?.[0]).toMatchObject(error);
        expect(result.data).toBeNull();
        expect(result.trips).toBe(1);
      });
  });
});
