/**
 * Curation writes of every node kind and every relationship type, read back through the API;
 * idempotency (the same write twice, also concurrently, leaves one node or edge and one audit
 * record); updates that keep, remove and add; removal. The fixtures are test nodes and edges,
 * removed again by resetTestGraph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from '../../src/model/model.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ apiKey: (await createTestKey(db, 'curator', 'writes curator')).secret });
});
afterAll(async () => {
  await api.close();
  await resetTestGraph(db);
  await db.close();
});

const cite = (locator: string) => [{ source: 'source:ohchr-2013', locator }];
const CREATE_NODE = `mutation($input: NodeInput!) { createNode(input: $input) {
  outcome node { id kind name sources { sourceId locator quote } } change { id operation targetId targetKind before after } } }`;
const UPDATE_NODE = `mutation($input: NodeInput!) { updateNode(input: $input) { outcome change { before after } } }`;
const ADD = `mutation($input: RelationshipInput!) { addRelationship(input: $input) {
  outcome edge { id type fromId toId sources { sourceId locator } } change { id operation fromId toId } } }`;

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db.readText(query, params);
  return Number(row!.n);
}
const changeCount = () => count('MATCH (c:Change) RETURN count(c) AS n');

const NODES: Record<string, unknown>[] = [
  { id: 'source:test-report', source: { title: 'A test report', author: 'Test suite', date: '2020-05' } },
  { id: 'state:XTS', name: 'Testland', state: { iso2: 'XT', iso3: 'XTS', region: 'Nowhere', unMember: false, unStatus: 'NON_MEMBER' } },
  {
    id: 'instrument:test-convention',
    name: 'Test Convention',
    acronym: 'TC',
    aliases: ['The Test Convention'],
    instrument: { type: 'TREATY', binding: true, scope: 'UNIVERSAL', adopted: '2009-06-01' },
  },
  { id: 'org:test-agency', name: 'Test Agency', organization: { type: 'UN_AGENCY', founded: '1999' } },
  { id: 'body:test-committee', name: 'Test Committee', body: { type: 'TREATY_BODY', established: '2010' } },
  { id: 'rcp:test-process', name: 'Test Process', rcp: { region: 'Nowhere', established: '2011' } },
  { id: 'forum:test-meeting', name: 'Test Meeting 2012', forum: { type: 'MEETING', date: '2012-10', city: 'Testville' } },
  { id: 'category:test-migrants', name: 'Test migrants' },
  { id: 'right:test-right', name: 'Right to be tested', description: 'A right for tests' },
  {
    id: 'status:test-parties',
    name: 'Parties to the Test Convention',
    statusReport: { measure: 'states-parties', value: 3, asOf: '2015-09', about: 'instrument:test-convention' },
  },
];

const RELS: Record<string, unknown>[] = [
  { type: 'RATIFIED', from: 'state:XTS', to: 'instrument:test-convention', ratification: { action: 'ACCESSION', date: '2011-05-03', datePrecision: 'DAY' } },
  { type: 'SIGNED', from: 'state:XTS', to: 'instrument:test-convention', signature: { date: '2010' } },
  { type: 'MEMBER_OF', from: 'state:XTS', to: 'rcp:test-process', membership: { role: 'MEMBER', since: '2012' } },
  { type: 'SECRETARIAT_OF', from: 'org:test-agency', to: 'rcp:test-process' },
  { type: 'HAS_MANDATE', from: 'org:test-agency', to: 'category:test-migrants', mandate: { kind: 'PROTECTION', note: 'a note' } },
  { type: 'MONITORS', from: 'body:test-committee', to: 'instrument:test-convention', monitoring: { kind: 'TREATY_BODY', procedures: ['state-reports'] } },
  { type: 'ESTABLISHED_BY', from: 'body:test-committee', to: 'instrument:test-convention' },
  { type: 'PART_OF', from: 'body:test-committee', to: 'org:test-agency' },
  { type: 'SUPPLEMENTS', from: 'instrument:test-convention', to: 'instrument:icrmw' },
  { type: 'PROTECTS', from: 'instrument:test-convention', to: 'category:test-migrants', protection: { articles: ['art. 3'] } },
  { type: 'GUARANTEES', from: 'instrument:test-convention', to: 'right:test-right', guarantee: { articles: ['arts. 8-10'] } },
  { type: 'SUBCATEGORY_OF', from: 'category:test-migrants', to: 'category:migrants' },
  { type: 'HOSTED_BY', from: 'forum:test-meeting', to: 'state:XTS' },
  { type: 'COVERS', from: 'source:test-report', to: 'instrument:test-convention', coverage: { complete: true, participants: 'ALL', asOf: '2020-05' } },
];

describe('creating a node of every kind', () => {
  it.each(NODES.map((n) => [n.id as string, n]))('%s', async (id, node) => {
    const nodesBefore = (await graphSnapshot(db, 'entities')).nodes;
    const input = { ...node, citations: cite(`para ${id}`) };
    const { createNode } = await api.data(CREATE_NODE, { input });
    expect(createNode.outcome).toBe('CREATED');
    expect(createNode.node.id).toBe(id);
    expect(createNode.change).toMatchObject({ operation: 'CREATE_NODE', targetId: id, before: null });
    expect(JSON.parse(createNode.change.after).props.id).toBe(id);
    expect((await graphSnapshot(db, 'entities')).nodes).toBe(nodesBefore + 1);
  });

  it('reads them back with their kind-specific fields', async () => {
    const { nodes } = await api.data(`{ nodes(ids: ["state:XTS", "instrument:test-convention", "status:test-parties", "source:test-report"]) {
      id kind sources { sourceId locator }
      ... on State { iso3 unStatus unMember }
      ... on Instrument { type scope binding adopted aliases acronym }
      ... on StatusReport { value asOf about { id } }
      ... on Source { title date } } }`);
    expect(nodes[0]).toEqual({
      id: 'state:XTS',
      kind: 'STATE',
      iso3: 'XTS',
      unStatus: 'NON_MEMBER',
      unMember: false,
      sources: [{ sourceId: 'source:ohchr-2013', locator: 'para state:XTS' }],
    });
    expect(nodes[1]).toMatchObject({
      type: 'TREATY',
      scope: 'UNIVERSAL',
      binding: true,
      adopted: '2009-06-01',
      aliases: ['The Test Convention'],
      acronym: 'TC',
    });
    expect(nodes[2]).toMatchObject({ value: 3, asOf: '2015-09', about: { id: 'instrument:test-convention' } });
    expect(nodes[3]).toMatchObject({ title: 'A test report', date: '2020-05' });
    // Derived properties are written exactly as the seed writes them.
    const [props] = await db.readText("MATCH (n:Instrument {id: 'instrument:test-convention'}) RETURN n.adoptedYear AS year, n.aliasText AS aliasText");
    expect(props).toEqual({ year: 2009, aliasText: 'The Test Convention' });
  });

  it('is found by search like a seeded node', async () => {
    const { search } = await api.data('{ search(text: "Test Convention", kinds: [INSTRUMENT], first: 1) { node { id } } }');
    expect(search[0].node.id).toBe('instrument:test-convention');
  });
});

describe('adding a relationship of every type', () => {
  it('covers every type in the model', () => {
    expect(RELS.map((r) => r.type).sort()).toEqual(Object.keys(RELATIONSHIPS).sort());
  });

  it.each(RELS.map((r) => [r.type as string, r]))('%s', async (type, rel) => {
    const input = { ...rel, citations: [{ source: 'source:test-report', locator: `p. ${type}`, quote: 'as the test says' }] };
    const { addRelationship } = await api.data(ADD, { input });
    expect(addRelationship.outcome).toBe('CREATED');
    expect(addRelationship.edge).toMatchObject({ type, fromId: rel.from, toId: rel.to, sources: [{ sourceId: 'source:test-report', locator: `p. ${type}` }] });
    expect(addRelationship.change).toMatchObject({ operation: 'ADD_RELATIONSHIP', fromId: rel.from, toId: rel.to });
    expect(
      await count('MATCH (:Entity {id: $from})-[r {id: $id}]->(:Entity {id: $to}) RETURN count(r) AS n', {
        from: rel.from,
        to: rel.to,
        id: addRelationship.edge.id,
      }),
    ).toBe(1);
  });

  it('reads them from both ends', async () => {
    const { node } = await api.data(`{ node(id: "state:XTS") { ... on State {
      ratifications { action date datePrecision instrument { id } }
      memberships { role since group { id } } hosts { hosted { id } } } } }`);
    expect(node.ratifications).toEqual([{ action: 'ACCESSION', date: '2011-05-03', datePrecision: 'DAY', instrument: { id: 'instrument:test-convention' } }]);
    expect(node.memberships).toEqual([{ role: 'MEMBER', since: '2012', group: { id: 'rcp:test-process' } }]);
    expect(node.hosts).toEqual([{ hosted: { id: 'forum:test-meeting' } }]);
    const { node: convention } = await api.data(`{ node(id: "instrument:test-convention") { ... on Instrument {
      parties { state { id } } monitoredBy { kind procedures monitor { id } } guarantees { articles right { id } } supplements { supplemented { id } } } } }`);
    expect(convention).toEqual({
      parties: [{ state: { id: 'state:XTS' } }],
      monitoredBy: [{ kind: 'TREATY_BODY', procedures: ['state-reports'], monitor: { id: 'body:test-committee' } }],
      guarantees: [{ articles: ['arts. 8-10'], right: { id: 'right:test-right' } }],
      supplements: [{ supplemented: { id: 'instrument:icrmw' } }],
    });
  });
});

describe('idempotency', () => {
  it('the same createNode twice: one node, one audit record, the second UNCHANGED', async () => {
    const input = { ...NODES[8], citations: cite('para right:test-right') };
    const before = await graphSnapshot(db, 'entities');
    const changes = await changeCount();
    const { createNode } = await api.data(CREATE_NODE, { input });
    expect(createNode.outcome).toBe('UNCHANGED');
    expect(createNode.change).toBeNull();
    expect(await graphSnapshot(db, 'entities')).toEqual(before);
    expect(await changeCount()).toBe(changes);
  });

  it('the same addRelationship twice: one edge, the second UNCHANGED', async () => {
    const input = { ...RELS[0], citations: [{ source: 'source:test-report', locator: 'p. RATIFIED', quote: 'as the test says' }] };
    const before = await graphSnapshot(db, 'entities');
    const { addRelationship } = await api.data(ADD, { input });
    expect(addRelationship).toMatchObject({ outcome: 'UNCHANGED', change: null, edge: { id: 'state:XTS-[RATIFIED]->instrument:test-convention' } });
    expect(await graphSnapshot(db, 'entities')).toEqual(before);
  });

  it('the same new edge sent four times at once: one CREATED, three UNCHANGED, one edge, one record', async () => {
    const input = { type: 'PART_OF', from: 'forum:test-meeting', to: 'rcp:test-process', citations: cite('p. 9') };
    const changes = await changeCount();
    const results = await Promise.all([1, 2, 3, 4].map(() => api.data(ADD, { input })));
    expect(results.map((r) => r.addRelationship.outcome).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(await count("MATCH (:Entity {id: 'forum:test-meeting'})-[r:PART_OF]->(:Entity {id: 'rcp:test-process'}) RETURN count(r) AS n")).toBe(1);
    expect(await changeCount()).toBe(changes + 1);
  });
});

describe('concurrent creates', () => {
  it('the same new node sent four times at once: one CREATED, three UNCHANGED, one node, one record', async () => {
    const input = { id: 'category:test-concurrent', name: 'Concurrently created', citations: cite('p. 10') };
    const changes = await changeCount();
    const results = await Promise.all([1, 2, 3, 4].map(() => api.ask(CREATE_NODE, { input })));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(results.map((r) => r.data!.createNode.outcome).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(await count("MATCH (n:Entity {id: 'category:test-concurrent'}) RETURN count(n) AS n")).toBe(1);
    expect(await changeCount()).toBe(changes + 1);
  });
});

describe('updates and removal', () => {
  it('updateNode keeps omitted fields, removes null ones, adds the citations, and records before and after', async () => {
    const input = {
      id: 'instrument:test-convention',
      acronym: null,
      description: 'Corrected',
      instrument: { entryIntoForce: '2013' },
      citations: cite('para 12'),
    };
    const { updateNode } = await api.data(UPDATE_NODE, { input });
    expect(updateNode.outcome).toBe('UPDATED');
    const before = JSON.parse(updateNode.change.before);
    const after = JSON.parse(updateNode.change.after);
    expect(before.props).toMatchObject({ acronym: 'TC', adopted: '2009-06-01' });
    expect(after.props.acronym).toBeUndefined();
    expect(after.props).toMatchObject({
      description: 'Corrected',
      entryIntoForce: '2013',
      entryIntoForceYear: 2013,
      adopted: '2009-06-01',
      name: 'Test Convention',
    });
    expect(after.props.citeLocators).toEqual(['para instrument:test-convention', 'para 12']);
    const { node } = await api.data('{ node(id: "instrument:test-convention") { acronym description ... on Instrument { entryIntoForce } } }');
    expect(node).toEqual({ acronym: null, description: 'Corrected', entryIntoForce: '2013' });
    // Again: nothing to do.
    expect((await api.data(UPDATE_NODE, { input })).updateNode).toEqual({ outcome: 'UNCHANGED', change: null });
  });

  it('updateRelationship changes a property; the id stays', async () => {
    const UPDATE =
      'mutation($input: RelationshipUpdateInput!) { updateRelationship(input: $input) { outcome edge { id ... on Ratification { date datePrecision action } } change { operation } } }';
    const input = {
      id: 'state:XTS-[RATIFIED]->instrument:test-convention',
      ratification: { date: '2011-05', datePrecision: 'MONTH' },
      citations: cite('para 13'),
    };
    const { updateRelationship } = await api.data(UPDATE, { input });
    expect(updateRelationship).toEqual({
      outcome: 'UPDATED',
      edge: { id: input.id, date: '2011-05', datePrecision: 'MONTH', action: 'ACCESSION' },
      change: { operation: 'UPDATE_RELATIONSHIP' },
    });
    expect((await api.data(UPDATE, { input })).updateRelationship.outcome).toBe('UNCHANGED');
  });

  it('removeRelationship removes the edge and records it with the citation that justified it', async () => {
    const id = 'state:XTS-[SIGNED]->instrument:test-convention';
    const { removeRelationship } = await api.data(
      'mutation($id: ID!, $c: [CitationInput!]!) { removeRelationship(id: $id, citations: $c) { outcome edge { id } change { operation before after sources { sourceId locator quote } } } }',
      { id, c: [{ source: 'source:test-report', locator: 'p. 99', quote: 'never signed' }] },
    );
    expect(removeRelationship.outcome).toBe('REMOVED');
    expect(removeRelationship.edge).toBeNull();
    expect(removeRelationship.change).toMatchObject({
      operation: 'REMOVE_RELATIONSHIP',
      after: null,
      sources: [{ sourceId: 'source:test-report', locator: 'p. 99', quote: 'never signed' }],
    });
    expect(JSON.parse(removeRelationship.change.before)).toMatchObject({
      type: 'SIGNED',
      from: 'state:XTS',
      to: 'instrument:test-convention',
      props: { date: '2010' },
    });
    expect(await count('MATCH ()-[r {id: $id}]->() RETURN count(r) AS n', { id })).toBe(0);
  });
});
