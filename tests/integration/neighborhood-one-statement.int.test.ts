/**
 * neighborhood (one statement, cypher/graph/neighborhood.cypher) answers as the walk of one
 * statement per hop did. The expected answers below were written from the old implementation's
 * output (graph/expand per hop, then graph/among; main at c0c5c94) on the seed graph, before it was
 * replaced: the node ids in order (start, then each hop's new ids by id), truncated and the number
 * of edges. The cases put the node cap at, just under and just over what a hop finds, at each
 * depth, with and without relationshipTypes and kinds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $types: [RelationshipType!], $kinds: [NodeKind!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, relationshipTypes: $types, kinds: $kinds, limit: $limit) { truncated nodes { id } edges { id source target } } }`;
const SUBGRAPH = `query ($ids: [ID!]!) { subgraph(ids: $ids) { edges { id } } }`;

interface Case {
  args: { id: string; depth: number; limit: number; types?: string[]; kinds?: string[] };
  truncated: boolean;
  edges: number;
  /** The node ids in order, or (for long answers) their count, first and last */
  nodes: string[] | { count: number; first: string; last: string };
}

// right:non-refoulement's neighbourhood: hop 1, then with relationshipTypes GUARANTEES, PROTECTS,
// MONITORS and kinds INSTRUMENT, BODY, RIGHT (GPM) hops 1 and 2 (16 nodes) and hop 3 (13), each by id.
const NR_HOP_1 = ['right:non-refoulement', 'instrument:cat', 'instrument:cped', 'instrument:refugee-convention', 'instrument:refugee-protocol'];
const NR_GPM_HOPS_1_2 = [
  ...NR_HOP_1,
  'body:cat',
  'body:ced',
  'body:unhcr-supervision',
  'right:access-to-justice',
  'right:adequate-housing',
  'right:consular-assistance',
  'right:education',
  'right:freedom-from-torture',
  'right:freedom-of-association',
  'right:freedom-of-movement',
  'right:liberty-and-security',
];
const NR_GPM_HOP_3 = [
  'instrument:cedaw',
  'instrument:crc',
  'instrument:crpd',
  'instrument:iccpr',
  'instrument:icerd',
  'instrument:icescr',
  'instrument:ilo-c087',
  'instrument:ilo-c098',
  'instrument:ilo-c189',
  'instrument:ilo-declaration-1998',
  'instrument:smuggling-protocol',
  'instrument:statelessness-convention-1954',
  'instrument:udhr',
];
const GPM = { types: ['GUARANTEES', 'PROTECTS', 'MONITORS'], kinds: ['INSTRUMENT', 'BODY', 'RIGHT'] };

const CASES: Case[] = [
  // the cap cuts hop 1: the first 4 by id
  {
    args: { id: 'state:MEX', depth: 1, limit: 5 },
    truncated: true,
    edges: 8,
    nodes: ['state:MEX', 'forum:gfmd-2010', 'forum:un-latin-american-caribbean-group', 'instrument:cat', 'instrument:cedaw'],
  },
  // room for all of hop 1
  {
    args: { id: 'state:MEX', depth: 1, limit: 60 },
    truncated: false,
    edges: 93,
    nodes: { count: 32, first: 'state:MEX', last: 'rcp:south-american-conference' },
  },
  // no room at all: the start node, truncated
  { args: { id: 'state:MEX', depth: 2, limit: 1 }, truncated: true, edges: 0, nodes: ['state:MEX'] },
  // depth 1, not cut
  { args: { id: 'body:cmw', depth: 1, limit: 5 }, truncated: false, edges: 3, nodes: ['body:cmw', 'instrument:icrmw', 'org:ohchr'] },
  // the cap cuts hop 2
  { args: { id: 'body:cmw', depth: 2, limit: 5 }, truncated: true, edges: 5, nodes: ['body:cmw', 'instrument:icrmw', 'org:ohchr', 'body:cat', 'body:ccpr'] },
  // hop 1 fills the cap exactly: not truncated
  { args: { id: 'right:non-refoulement', depth: 1, limit: 5 }, truncated: false, edges: 5, nodes: NR_HOP_1 },
  // hop 1 fills the cap exactly, hop 2 finds more: truncated
  { args: { id: 'right:non-refoulement', depth: 2, limit: 5 }, truncated: true, edges: 5, nodes: NR_HOP_1 },
  // types and kinds, depth 2, not cut
  { args: { id: 'right:non-refoulement', depth: 2, limit: 30, ...GPM }, truncated: false, edges: 15, nodes: NR_GPM_HOPS_1_2 },
  // hop 2 fills the cap exactly, hop 3 finds more
  { args: { id: 'right:non-refoulement', depth: 3, limit: 16, ...GPM }, truncated: true, edges: 15, nodes: NR_GPM_HOPS_1_2 },
  // the cap cuts hop 3 after one node
  { args: { id: 'right:non-refoulement', depth: 3, limit: 17, ...GPM }, truncated: true, edges: 16, nodes: [...NR_GPM_HOPS_1_2, ...NR_GPM_HOP_3.slice(0, 1)] },
  // the cap cuts hop 3 one short
  { args: { id: 'right:non-refoulement', depth: 3, limit: 28, ...GPM }, truncated: true, edges: 43, nodes: [...NR_GPM_HOPS_1_2, ...NR_GPM_HOP_3.slice(0, 12)] },
  // hop 3 fills the cap exactly: not truncated
  { args: { id: 'right:non-refoulement', depth: 3, limit: 29, ...GPM }, truncated: false, edges: 47, nodes: [...NR_GPM_HOPS_1_2, ...NR_GPM_HOP_3] },
  // kinds, the cap cuts hop 1
  {
    args: { id: 'instrument:icrmw', depth: 1, limit: 4, kinds: ['STATE', 'BODY'] },
    truncated: true,
    edges: 7,
    nodes: ['instrument:icrmw', 'body:cmw', 'state:ALB', 'state:ARG'],
  },
  // types, the cap cuts hop 1, so no hop 2
  {
    args: { id: 'instrument:icrmw', depth: 2, limit: 4, types: ['RATIFIED', 'MONITORS'] },
    truncated: true,
    edges: 5,
    nodes: ['instrument:icrmw', 'body:cmw', 'state:ALB', 'state:ARG'],
  },
  // types and kinds: the walk ends at an empty frontier
  {
    args: { id: 'state:MEX', depth: 3, limit: 25, types: ['MONITORS', 'MEMBER_OF', 'PROTECTS'], kinds: ['INSTRUMENT', 'BODY', 'ORGANIZATION'] },
    truncated: false,
    edges: 5,
    nodes: ['state:MEX', 'org:ilo', 'org:iom', 'org:un'],
  },
  // kinds that nothing next to it has: the start node alone
  { args: { id: 'state:MEX', depth: 2, limit: 25, kinds: ['STATE', 'BODY'] }, truncated: false, edges: 0, nodes: ['state:MEX'] },
  // hop 2 fills the cap exactly, hop 3 finds more
  {
    args: { id: 'body:cmw', depth: 3, limit: 62, types: ['MONITORS', 'RATIFIED'] },
    truncated: true,
    edges: 118,
    nodes: { count: 62, first: 'body:cmw', last: 'state:ZWE' },
  },
  // the cap cuts hop 3
  {
    args: { id: 'body:cmw', depth: 3, limit: 70, types: ['MONITORS', 'RATIFIED'] },
    truncated: true,
    edges: 922,
    nodes: { count: 70, first: 'body:cmw', last: 'instrument:iccpr-op2' },
  },
  // three full hops, the edge cap cuts the edges
  {
    args: { id: 'body:cmw', depth: 3, limit: 100, types: ['MONITORS', 'RATIFIED'] },
    truncated: true,
    edges: 2000,
    nodes: { count: 92, first: 'body:cmw', last: 'instrument:untoc' },
  },
];

type Answer = { truncated: boolean; nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };

describe('neighborhood in one statement: the answers of the walk of one statement per hop', () => {
  it.each(CASES)('$args', async ({ args, truncated, edges, nodes }) => {
    const { neighborhood: g } = await api.data<{ neighborhood: Answer }>(NEIGHBORHOOD, args);
    const ids = g.nodes.map((n) => n.id);
    if (Array.isArray(nodes)) expect(ids).toEqual(nodes);
    else expect({ count: ids.length, first: ids[0], last: ids.at(-1) }).toEqual(nodes);
    expect(g.truncated).toBe(truncated);
    expect(g.edges).toHaveLength(edges);
    const inAnswer = new Set(ids);
    expect(g.edges.every((e) => inAnswer.has(e.source) && inAnswer.has(e.target))).toBe(true);
    if (!args.types) {
      // Every edge among the nodes (up to the edge cap), in subgraph's order.
      const { subgraph } = await api.data<{ subgraph: { edges: { id: string }[] } }>(SUBGRAPH, { ids });
      expect(g.edges.map((e) => e.id)).toEqual(subgraph.edges.map((e) => e.id));
    }
  });

  it('an unknown id at depth 3: NOT_FOUND naming it', async () => {
    const { errors } = await api.ask(NEIGHBORHOOD, { id: 'state:XXX', depth: 3, limit: 5 });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ message: 'id: no node with id "state:XXX"', extensions: { code: 'NOT_FOUND', argument: 'id', id: 'state:XXX' } });
  });
});
