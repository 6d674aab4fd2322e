/**
 * Contributors' proposals and curators' review (issue 18, items 3 and 4): a contributor is
 * refused on direct writes and proposes instead; the proposal is validated as the write would
 * be, sits in the queue without touching the graph (export hash unchanged), and a curator
 * accepts it (written audited, Change.proposalId set, revertible) or rejects it with a reason.
 * Stale and repeated decisions are refused; a bulk import is proposed and accepted as one.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/bulk/export-graph.js';
import { startTestApi, type GraphQLResult, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-proposals-'));
let cora: TestApi; // contributor
let cur: TestApi; // curator
let reader: TestApi;

beforeAll(async () => {
  cora = await startTestApi({ apiKey: (await createTestKey(db, 'contributor', 'Cora')).secret });
  cur = await startTestApi({ apiKey: (await createTestKey(db, 'curator', 'Cur')).secret });
  reader = await startTestApi({ apiKey: (await createTestKey(db, 'reader', 'Rea')).secret });
});
afterAll(async () => {
  for (const a of [cora, cur, reader]) await a.close();
  await resetTestGraph(db);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The sha256 of the graph export's files (what bulk-round-trip compares), plus the entity snapshot. */
let exports = 0;
async function exportHash(): Promise<{ files: string; entities: string }> {
  const out = path.join(dir, `export-${(exports += 1)}`);
  await exportGraph(db, out, 'csv');
  const hash = createHash('sha256');
  for (const f of fs.readdirSync(out).sort()) hash.update(f).update(fs.readFileSync(path.join(out, f)));
  return { files: hash.digest('hex'), entities: (await graphSnapshot(db, 'entities')).hash };
}

function refused(result: GraphQLResult, code: string): { message: string; problems: { field: string; reason: string }[] } {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe(code);
  return { message: result.errors![0]!.message, problems: result.errors![0]!.extensions!.problems ?? [] };
}

const cite = (locator: string) => [{ source: 'source:a-68-283', locator }];
const PROPOSAL_FIELDS = `id status operation proposedBy { name role } proposedAt note targetId targetKind fromId toId before after
  diff { field before after } sources { sourceId locator } decidedBy { name } decidedAt reason importId changes { id proposalId operation importId }`;
const PROPOSE = `mutation($input: ProposalInput!) { propose(input: $input) { ${PROPOSAL_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptProposal(id: $id) { proposal { ${PROPOSAL_FIELDS} } changes { id proposalId operation targetId curator { name } importId } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { proposal { ${PROPOSAL_FIELDS} } changes { id } } }`;
const QUEUE = `query($status: ProposalStatus, $operation: ProposalOperation, $proposedBy: String, $nodeId: ID, $first: Int, $after: String) {
  proposals(status: $status, operation: $operation, proposedBy: $proposedBy, nodeId: $nodeId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id status operation } } }`;
const NODE = 'query($id: ID!) { node(id: $id) { id name description } }';
const newRight = { id: 'right:test-proposal', name: 'Proposed right', citations: cite('para 1') };

const ids: Record<string, string> = {};

describe('roles', () => {
  it('a contributor is refused on every direct write, told to propose', async () => {
    const before = await graphSnapshot(db);
    const writes: [string, Record<string, unknown>][] = [
      ['mutation($input: NodeInput!) { createNode(input: $input) { outcome } }', { input: newRight }],
      ['mutation($input: NodeInput!) { updateNode(input: $input) { outcome } }', { input: { id: 'state:MEX', description: 'x', citations: cite('p') } }],
      [
        'mutation($input: RelationshipInput!) { addRelationship(input: $input) { outcome } }',
        { input: { type: 'SUBCATEGORY_OF', from: 'category:migrant-workers', to: 'category:everyone', citations: cite('p') } },
      ],
      ['mutation($input: RelationshipUpdateInput!) { updateRelationship(input: $input) { outcome } }', { input: { id: 'x', citations: cite('p') } }],
      ['mutation($id: ID!, $c: [CitationInput!]!) { removeRelationship(id: $id, citations: $c) { outcome } }', { id: 'x', c: cite('p') }],
      ['mutation($id: ID!) { revertChange(id: $id) { outcome } }', { id: 'change:x' }],
    ];
    for (const [query, variables] of writes) {
      const { message } = refused(await cora.ask(query, variables), 'FORBIDDEN');
      expect(message).toContain('contributors propose changes: use the propose mutation');
    }
    expect(await graphSnapshot(db)).toEqual(before);
    expect((await cora.data('{ whoami { name role } }')).whoami).toEqual({ name: 'Cora', role: 'CONTRIBUTOR' });
  });

  it('a reader may neither propose nor see the queue; a contributor may not accept or reject', async () => {
    refused(await reader.ask(PROPOSE, { input: { createNode: newRight } }), 'FORBIDDEN');
    refused(await reader.ask('mutation { proposeImport(format: "json", content: "[]") { id } }'), 'FORBIDDEN');
    refused(await reader.ask(QUEUE), 'FORBIDDEN');
    refused(await cora.ask(ACCEPT, { id: 'proposal:x' }), 'FORBIDDEN');
    refused(await cora.ask(REJECT, { id: 'proposal:x', reason: 'no' }), 'FORBIDDEN');
  });
});

describe('a proposal accepted', () => {
  it('is stored OPEN with its diff, and the graph and its export are untouched', async () => {
    const before = await exportHash();
    const { propose } = await cora.data(PROPOSE, { input: { createNode: newRight, note: 'from the report' } });
    ids.create = propose.id;
    expect(propose).toMatchObject({
      status: 'OPEN',
      operation: 'CREATE_NODE',
      proposedBy: { name: 'Cora', role: 'CONTRIBUTOR' },
      note: 'from the report',
      targetId: 'right:test-proposal',
      targetKind: 'Right',
      before: null,
      sources: [{ sourceId: 'source:a-68-283', locator: 'para 1' }],
      decidedBy: null,
      changes: [],
    });
    expect(JSON.parse(propose.after).props.name).toBe('Proposed right');
    expect(propose.diff).toContainEqual({ field: 'name', before: null, after: '"Proposed right"' });
    expect(await exportHash()).toEqual(before);
    refused(await cur.ask(NODE, { id: 'right:test-proposal' }), 'NOT_FOUND');
    // The proposal itself is no node of the graph either.
    refused(await cur.ask(NODE, { id: propose.id }), 'NOT_FOUND');
  });

  it('appears in the queue, by every filter', async () => {
    const listed = async (args: Record<string, unknown>) => (await cur.data(QUEUE, args)).proposals.nodes.map((p: { id: string }) => p.id);
    expect(await listed({})).toContain(ids.create);
    expect(await listed({ operation: 'CREATE_NODE', proposedBy: 'Cora', nodeId: 'right:test-proposal' })).toEqual([ids.create]);
    expect(await listed({ operation: 'UPDATE_NODE' })).not.toContain(ids.create);
    expect(await listed({ proposedBy: 'Cur' })).not.toContain(ids.create);
    expect(await listed({ nodeId: 'state:MEX' })).not.toContain(ids.create);
    expect(await listed({ status: 'REJECTED' })).not.toContain(ids.create);
    expect((await cora.data(`query($id: ID!) { proposal(id: $id) { id status } }`, { id: ids.create })).proposal).toEqual({ id: ids.create, status: 'OPEN' });
  });

  it('a curator accepts it: written audited, the Change names the proposal', async () => {
    const { acceptProposal } = await cur.data(ACCEPT, { id: ids.create });
    expect(acceptProposal.proposal).toMatchObject({ status: 'ACCEPTED', decidedBy: { name: 'Cur' }, reason: null });
    expect(acceptProposal.changes).toEqual([
      { id: expect.any(String), proposalId: ids.create, operation: 'CREATE_NODE', targetId: 'right:test-proposal', curator: { name: 'Cur' }, importId: null },
    ]);
    ids.createChange = acceptProposal.changes[0].id;
    expect(acceptProposal.proposal.changes).toEqual([expect.objectContaining({ id: ids.createChange, proposalId: ids.create })]);
    expect((await reader.data(NODE, { id: 'right:test-proposal' })).node).toMatchObject({ name: 'Proposed right' });
    const { changes } = await reader.data('query($n: ID) { changes(nodeId: $n) { nodes { id proposalId } } }', { n: 'right:test-proposal' });
    expect(changes.nodes).toEqual([{ id: ids.createChange, proposalId: ids.create }]);
    expect((await cur.data(QUEUE, {})).proposals.nodes.map((p: { id: string }) => p.id)).not.toContain(ids.create);
    expect((await cur.data(QUEUE, { status: 'ACCEPTED' })).proposals.nodes.map((p: { id: string }) => p.id)).toContain(ids.create);
  });

  it('a second accept (or a reject) is refused, naming the status; nothing more is written', async () => {
    const before = await graphSnapshot(db);
    const again = refused(await cur.ask(ACCEPT, { id: ids.create }), 'BAD_USER_INPUT');
    expect(again.message).toContain(`${ids.create} is ACCEPTED by Cur`);
    refused(await cur.ask(REJECT, { id: ids.create, reason: 'too late' }), 'BAD_USER_INPUT');
    refused(await cur.ask(ACCEPT, { id: 'proposal:no-such' }), 'NOT_FOUND');
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('two curators accepting one proposal at once: one writes, the other is refused', async () => {
    const { propose } = await cora.data(PROPOSE, { input: { updateNode: { id: 'right:test-proposal', description: 'Race', citations: cite('para 2') } } });
    const results = await Promise.all([cur.ask(ACCEPT, { id: propose.id }), cur.ask(ACCEPT, { id: propose.id })]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(
      refused(
        results.find((r) => r.errors)!,
        'BAD_USER_INPUT',
      ).message,
    ).toContain('is ACCEPTED');
    const { proposal } = await cur.data('query($p: ID!) { proposal(id: $p) { changes { id } } }', { p: propose.id });
    expect(proposal.changes).toHaveLength(1);
  });

  it('the accepted change reverts like any other', async () => {
    const { changes } = await reader.data('query($n: ID) { changes(nodeId: $n) { nodes { id proposalId } } }', { n: 'right:test-proposal' });
    const revert = 'mutation($id: ID!) { revertChange(id: $id) { outcome } }';
    await cur.data(revert, { id: changes.nodes[0].id }); // the description, newest first
    await cur.data(revert, { id: ids.createChange });
    refused(await reader.ask(NODE, { id: 'right:test-proposal' }), 'NOT_FOUND');
  });
});

describe('refusals', () => {
  it('a proposal with a validation problem is refused with the problems the direct write gives', async () => {
    const bad = {
      type: 'RATIFIED',
      from: 'state:MEX',
      to: 'instrument:no-such-instrument',
      ratification: { action: 'RATIFICATION', date: '2099-13-40' },
      citations: [{ source: 'source:no-such-source', locator: 'p' }],
    };
    const before = await graphSnapshot(db);
    const direct = refused(
      await cur.ask('mutation($input: RelationshipInput!) { addRelationship(input: $input) { outcome } }', { input: bad }),
      'BAD_USER_INPUT',
    );
    const proposed = refused(await cora.ask(PROPOSE, { input: { addRelationship: bad } }), 'BAD_USER_INPUT');
    expect(direct.problems.length).toBeGreaterThan(1);
    expect(proposed.problems).toEqual(direct.problems);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('a proposal must name exactly one write', async () => {
    expect(refused(await cora.ask(PROPOSE, { input: { note: 'nothing' } }), 'BAD_USER_INPUT').problems).toEqual([
      { field: 'input', reason: 'give one of createNode, updateNode, addRelationship, updateRelationship, removeRelationship' },
    ]);
    const two = refused(await cora.ask(PROPOSE, { input: { createNode: newRight, updateNode: newRight } }), 'BAD_USER_INPUT');
    expect(two.problems[0]!.reason).toContain('got createNode, updateNode');
  });

  it('a stale proposal (the target changed since) is refused and nothing is written', async () => {
    const { propose } = await cora.data(PROPOSE, { input: { updateNode: { id: 'state:MEX', description: 'Proposed text', citations: cite('para 3') } } });
    expect(propose.before).toContain('"label":"State"');
    expect(propose.diff.map((d: { field: string }) => d.field)).toContain('description');
    await cur.data('mutation($input: NodeInput!) { updateNode(input: $input) { outcome } }', {
      input: { id: 'state:MEX', description: 'Changed directly', citations: cite('para 4') },
    });
    const before = await graphSnapshot(db);
    const stale = refused(await cur.ask(ACCEPT, { id: propose.id }), 'BAD_USER_INPUT');
    expect(stale.message).toContain('stale: state:MEX changed since');
    expect(await graphSnapshot(db)).toEqual(before);
    expect((await cur.data(`query($id: ID!) { proposal(id: $id) { status } }`, { id: propose.id })).proposal.status).toBe('OPEN');
  });
});

describe('a proposal rejected', () => {
  it('needs a reason, writes nothing to the graph: the export hash is unchanged', async () => {
    const before = await exportHash();
    const edge = { type: 'SUBCATEGORY_OF', from: 'category:migrant-workers', to: 'category:everyone', citations: cite('para 5') };
    const { propose } = await cora.data(PROPOSE, { input: { addRelationship: edge } });
    expect(propose).toMatchObject({
      operation: 'ADD_RELATIONSHIP',
      targetId: null,
      targetKind: 'SUBCATEGORY_OF',
      fromId: 'category:migrant-workers',
      toId: 'category:everyone',
    });
    expect(await exportHash()).toEqual(before);
    expect(refused(await cur.ask(REJECT, { id: propose.id, reason: '  ' }), 'BAD_USER_INPUT').problems[0]!.field).toBe('reason');
    const { rejectProposal } = await cur.data(REJECT, { id: propose.id, reason: 'the source does not say so' });
    expect(rejectProposal).toMatchObject({
      proposal: { status: 'REJECTED', reason: 'the source does not say so', decidedBy: { name: 'Cur' }, changes: [] },
      changes: [],
    });
    expect(await exportHash()).toEqual(before);
    refused(await cur.ask(ACCEPT, { id: propose.id }), 'BAD_USER_INPUT');
  });
});

describe('history per fact', () => {
  it('changes(relationshipId:) lists one edge and no other', async () => {
    await cur.data('mutation($input: NodeInput!) { createNode(input: $input) { outcome } }', {
      input: { id: 'right:test-history', name: 'History right', citations: cite('h') },
    });
    const add = 'mutation($input: RelationshipInput!) { addRelationship(input: $input) { edge { id } change { id } } }';
    const a = (
      await cur.data(add, {
        input: { type: 'GUARANTEES', from: 'instrument:icrmw', to: 'right:test-history', guarantee: { articles: ['art. 9'] }, citations: cite('a') },
      })
    ).addRelationship;
    const update = { id: a.edge.id, guarantee: { articles: ['art. 9', 'art. 10'] }, citations: cite('b') };
    const proposeId = (await cora.data(PROPOSE, { input: { updateRelationship: update } })).propose.id;
    const accepted = (await cur.data(ACCEPT, { id: proposeId })).acceptProposal.changes[0].id;
    const { changes } = await reader.data('query($r: ID) { changes(relationshipId: $r) { totalCount nodes { id proposalId targetId } } }', { r: a.edge.id });
    expect(changes.nodes).toEqual([
      { id: accepted, proposalId: proposeId, targetId: a.edge.id },
      { id: a.change.id, proposalId: null, targetId: a.edge.id },
    ]);
  });
});

describe('a bulk import as one proposal', () => {
  const rows = {
    nodes: [
      { id: 'right:bulk-proposal-a', name: 'Bulk right A', citations: [{ source: 'source:ohchr-2013', locator: 'Box 1' }] },
      { id: 'right:bulk-proposal-b', name: 'Bulk right B', citations: [{ source: 'source:ohchr-2013', locator: 'Box 1' }] },
    ],
    relationships: [
      {
        type: 'GUARANTEES',
        from: 'instrument:icrmw',
        to: 'right:bulk-proposal-a',
        articles: ['art. 1'],
        citations: [{ source: 'source:ohchr-2013', locator: 'Box 2' }],
      },
    ],
  };

  it('every problem is reported, as the import reports them, and nothing is stored', async () => {
    const bad = {
      nodes: rows.nodes,
      relationships: [
        { ...rows.relationships[0], to: 'right:no-such' },
        { ...rows.relationships[0], from: 'state:NOPE' },
      ],
    };
    const { problems } = refused(
      await cora.ask('mutation($c: String!) { proposeImport(format: "json", content: $c) { id } }', { c: JSON.stringify(bad, null, 1) }),
      'BAD_USER_INPUT',
    );
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/content\.json:\d+: .*right:no-such[\s\S]*state:NOPE/);
    refused(await cora.ask('mutation { proposeImport(format: "xlsx", content: "x") { id } }'), 'BAD_USER_INPUT');
  });

  it('is planned without writing, then accepted: every row lands with one importId', async () => {
    const before = await exportHash();
    const { proposeImport } = await cora.data(
      `mutation($c: String!) { proposeImport(format: "json", content: $c, note: "two rights") { ${PROPOSAL_FIELDS} } }`,
      {
        c: JSON.stringify(rows, null, 1),
      },
    );
    expect(proposeImport).toMatchObject({ status: 'OPEN', operation: 'BULK_IMPORT', note: 'two rights', targetId: null });
    expect(proposeImport.diff.map((d: { after: string }) => d.after)).toEqual(['create', 'create', 'create']);
    expect(await exportHash()).toEqual(before);
    expect((await cur.data(QUEUE, { operation: 'BULK_IMPORT', nodeId: 'right:bulk-proposal-b' })).proposals.nodes).toEqual([
      { id: proposeImport.id, status: 'OPEN', operation: 'BULK_IMPORT' },
    ]);

    const { acceptProposal } = await cur.data(ACCEPT, { id: proposeImport.id });
    const importId = acceptProposal.proposal.importId;
    expect(importId).toMatch(/^import:/);
    expect(acceptProposal.changes).toHaveLength(3);
    for (const c of acceptProposal.changes) expect(c).toMatchObject({ importId, curator: { name: 'Cur' } });
    expect(acceptProposal.changes.every((c: { proposalId: string }) => c.proposalId === proposeImport.id)).toBe(true);
    const { changes } = await reader.data('query($i: ID) { changes(importId: $i) { totalCount } }', { i: importId });
    expect(changes.totalCount).toBe(3);
    expect((await reader.data(NODE, { id: 'right:bulk-proposal-b' })).node).toMatchObject({ name: 'Bulk right B' });
    refused(await cur.ask(ACCEPT, { id: proposeImport.id }), 'BAD_USER_INPUT');
  });
});
