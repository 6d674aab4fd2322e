/**
 * The audit trail (changes by node, by curator, since a time; change by id) and revertChange:
 * a revert restores the previous state exactly (content hash equal), is itself audited, and
 * is refused, saying why and changing nothing, when the target changed since.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { createTestKey } from '../support/keys.js';
import { graphSnapshot, type GraphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
let ada: TestApi;
let bo: TestApi;
let reader: TestApi;
let adaKeyId: string;

beforeAll(async () => {
  const adaKey = await createTestKey(db, 'curator', 'Ada');
  adaKeyId = adaKey.id;
  ada = await startTestApi({ apiKey: adaKey.secret });
  bo = await startTestApi({ apiKey: (await createTestKey(db, 'curator', 'Bo')).secret });
  reader = await startTestApi({ apiKey: (await createTestKey(db, 'reader', 'Rea')).secret });
});
afterAll(async () => {
  for (const a of [ada, bo, reader]) await a.close();
  await resetTestGraph(db);
  await db.close();
});

const cite = (locator: string) => [{ source: 'source:a-68-283', locator }];
const CREATE_NODE = 'mutation($input: NodeInput!) { createNode(input: $input) { outcome change { id } } }';
const UPDATE_NODE = 'mutation($input: NodeInput!) { updateNode(input: $input) { outcome change { id } } }';
const ADD = 'mutation($input: RelationshipInput!) { addRelationship(input: $input) { outcome edge { id } change { id } } }';
const UPDATE_REL = 'mutation($input: RelationshipUpdateInput!) { updateRelationship(input: $input) { outcome change { id } } }';
const REMOVE = 'mutation($id: ID!, $c: [CitationInput!]!) { removeRelationship(id: $id, citations: $c) { change { id } } }';
const REVERT =
  'mutation($id: ID!) { revertChange(id: $id) { outcome reverted { id revertedBy } change { id operation revertOf targetId curator { name } before after } } }';
const CHANGES = `query($nodeId: ID, $curator: String, $since: String, $first: Int, $after: String) {
  changes(nodeId: $nodeId, curator: $curator, since: $since, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id operation targetId curator { name keyId } } } }`;

const ids: Record<string, string> = {};
let seeded: GraphSnapshot;

describe('the audit trail', () => {
  it('records who, when, what and the citations', async () => {
    seeded = await graphSnapshot(db, 'entities');
    const started = new Date().toISOString();
    ids.create = (await ada.data(CREATE_NODE, { input: { id: 'right:test-audit', name: 'Audit right', citations: cite('para 1') } })).createNode.change.id;
    ids.add = (
      await bo.data(ADD, {
        input: { type: 'GUARANTEES', from: 'instrument:icrmw', to: 'right:test-audit', guarantee: { articles: ['art. 1'] }, citations: cite('para 2') },
      })
    ).addRelationship.change.id;
    ids.update = (
      await ada.data(UPDATE_NODE, { input: { id: 'right:test-audit', description: 'Now described', citations: cite('para 3') } })
    ).updateNode.change.id;
    const { change } = await reader.data(
      'query($id: ID!) { change(id: $id) { id at operation targetType targetId targetKind curator { keyId name role } sources { sourceId sourceTitle locator } revertOf revertedBy } }',
      { id: ids.create },
    );
    expect(change).toMatchObject({
      operation: 'CREATE_NODE',
      targetType: 'NODE',
      targetId: 'right:test-audit',
      targetKind: 'Right',
      curator: { keyId: adaKeyId, name: 'Ada', role: 'CURATOR' },
      sources: [{ sourceId: 'source:a-68-283', locator: 'para 1' }],
      revertOf: null,
      revertedBy: [],
    });
    expect(change.sources[0].sourceTitle).toMatch(/\S/);
    expect(Date.parse(change.at)).toBeGreaterThanOrEqual(Date.parse(started) - 1000);
  });

  it('lists changes of a node, including edges at either end, newest first', async () => {
    const { changes } = await reader.data(CHANGES, { nodeId: 'right:test-audit' });
    expect(changes.totalCount).toBe(3);
    expect(changes.nodes.map((c: { id: string }) => c.id)).toEqual([ids.update, ids.add, ids.create]);
    const fromTheOtherEnd = await reader.data(CHANGES, { nodeId: 'instrument:icrmw' });
    expect(fromTheOtherEnd.changes.nodes.map((c: { id: string }) => c.id)).toEqual([ids.add]);
  });

  it('lists changes by curator, by key name or key id', async () => {
    const byName = await reader.data(CHANGES, { curator: 'Ada' });
    expect(byName.changes.nodes.map((c: { id: string }) => c.id)).toEqual([ids.update, ids.create]);
    const byId = await reader.data(CHANGES, { curator: adaKeyId });
    expect(byId.changes.totalCount).toBe(2);
    expect((await reader.data(CHANGES, { curator: 'Nobody' })).changes.totalCount).toBe(0);
  });

  it('lists changes since a time', async () => {
    const { change } = await reader.data('query($id: ID!) { change(id: $id) { at } }', { id: ids.add });
    const since = await reader.data(CHANGES, { since: change.at.replace(/(\.\d{3})\d*Z$/, '$1Z') });
    expect(since.changes.nodes.map((c: { id: string }) => c.id)).toEqual([ids.update, ids.add]);
    expect((await reader.data(CHANGES, { since: '2999-01-01' })).changes.totalCount).toBe(0);
    const bad = await reader.ask(CHANGES, { since: 'last week' });
    expect(bad.errors![0]!.message).toBe('since: "last week" is not an ISO 8601 date or date-time (e.g. 2026-01-31 or 2026-01-31T12:00:00Z)');
  });

  it('pages with cursors', async () => {
    const first = await reader.data(CHANGES, { nodeId: 'right:test-audit', first: 2 });
    expect(first.changes.pageInfo.hasNextPage).toBe(true);
    const rest = await reader.data(CHANGES, { nodeId: 'right:test-audit', first: 2, after: first.changes.pageInfo.endCursor });
    expect(rest.changes.nodes.map((c: { id: string }) => c.id)).toEqual([ids.create]);
    expect(rest.changes.pageInfo.hasNextPage).toBe(false);
  });

  it('change(id) of an unknown id is NOT_FOUND', async () => {
    const result = await reader.ask('{ change(id: "change:nope") { id } }');
    expect(result.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(result.errors![0]!.message).toBe('id: no change with id "change:nope"');
  });

  it('keeps audit records and keys out of the entities (counts, lists, search)', async () => {
    const [row] = await db.readText('MATCH (n:Entity) WHERE n:Change OR n:ApiKey RETURN count(n) AS n');
    expect(Number(row!.n)).toBe(0);
    expect((await graphSnapshot(db, 'entities')).nodes).toBe(seeded.nodes + 1);
    const { search } = await reader.data('{ search(text: "Ada", first: 100) { node { id } } }');
    expect(search.map((s: { node: { id: string } }) => s.node.id).filter((id: string) => id.startsWith('change:') || id.startsWith('key:'))).toEqual([]);
  });
});

describe('revertChange', () => {
  it('is refused when the target changed since, naming the later change, and changes nothing', async () => {
    const before = await graphSnapshot(db, 'entities');
    const result = await ada.ask(REVERT, { id: ids.create });
    expect(result.errors![0]!.extensions!.problems).toEqual([
      { field: 'id', reason: `right:test-audit was changed again since; revert the later change(s) first, newest first: ${ids.update} (UPDATE_NODE by Ada)` },
    ]);
    expect(await graphSnapshot(db, 'entities')).toEqual(before);
  });

  it('needs the curator role', async () => {
    const result = await reader.ask(REVERT, { id: ids.update });
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('restores the state before an update, and is itself audited', async () => {
    const { revertChange } = await bo.data(REVERT, { id: ids.update });
    expect(revertChange.reverted).toEqual({ id: ids.update, revertedBy: [revertChange.change.id] });
    expect(revertChange.change).toMatchObject({ operation: 'REVERT_CHANGE', revertOf: ids.update, targetId: 'right:test-audit', curator: { name: 'Bo' } });
    expect(JSON.parse(revertChange.change.after).props.description).toBeUndefined();
    expect(JSON.parse(revertChange.change.before).props.description).toBe('Now described');
    const { node } = await reader.data('{ node(id: "right:test-audit") { description sources { locator } } }');
    expect(node).toEqual({ description: null, sources: [{ locator: 'para 1' }] });
    ids.revertUpdate = revertChange.change.id;
    expect((await reader.data('query($id: ID!) { change(id: $id) { revertedBy } }', { id: ids.update })).change.revertedBy).toEqual([ids.revertUpdate]);
  });

  it('the same revert sent again changes nothing and reports the first revert', async () => {
    const before = await graphSnapshot(db, 'entities');
    const [row] = await db.readText('MATCH (c:Change) RETURN count(c) AS n');
    const { revertChange } = await bo.data('mutation($id: ID!) { revertChange(id: $id) { outcome change { id } } }', { id: ids.update });
    expect(revertChange).toEqual({ outcome: 'UNCHANGED', change: { id: ids.revertUpdate } });
    expect(await graphSnapshot(db, 'entities')).toEqual(before);
    const [after] = await db.readText('MATCH (c:Change) RETURN count(c) AS n');
    expect(after!.n).toBe(row!.n);
  });

  it('a revert can be reverted (the update is back)', async () => {
    const { revertChange } = await ada.data(REVERT, { id: ids.revertUpdate });
    expect(revertChange.change.revertOf).toBe(ids.revertUpdate);
    expect((await reader.data('{ node(id: "right:test-audit") { description } }')).node.description).toBe('Now described');
    // ...and reverting that again restores the undescribed node.
    const back = await ada.data(REVERT, { id: revertChange.change.id });
    expect(back.revertChange.change.operation).toBe('REVERT_CHANGE');
    expect((await reader.data('{ node(id: "right:test-audit") { description } }')).node.description).toBeNull();
  });

  it('does not delete a created node while a relationship still refers to it', async () => {
    const before = await graphSnapshot(db, 'entities');
    const result = await ada.ask(REVERT, { id: ids.create });
    expect(result.errors![0]!.extensions!.problems).toEqual([
      { field: 'id', reason: 'right:test-audit cannot be deleted while 1 relationship(s) refer to it; remove those first' },
    ]);
    expect(await graphSnapshot(db, 'entities')).toEqual(before);
  });

  it('reverting the edge and then the node gives back the seeded graph exactly (hash equal)', async () => {
    expect((await ada.data(REVERT, { id: ids.add })).revertChange.change.after).toBeNull();
    expect((await ada.data(REVERT, { id: ids.create })).revertChange.change.after).toBeNull();
    expect(await graphSnapshot(db, 'entities')).toEqual(seeded);
  });

  it('restores a removed relationship exactly', async () => {
    const [edge] = await db.readText("MATCH (:Body {id: 'body:cmw'})-[m:MONITORS]->(:Instrument {id: 'instrument:icrmw'}) RETURN m.id AS id");
    const removed = await ada.data(REMOVE, { id: edge!.id, c: cite('para 9') });
    expect((await graphSnapshot(db, 'entities')).relationships).toBe(seeded.relationships - 1);
    await bo.data(REVERT, { id: removed.removeRelationship.change.id });
    expect(await graphSnapshot(db, 'entities')).toEqual(seeded);
  });

  it('restores a seeded relationship after an update exactly', async () => {
    const [edge] = await db.readText("MATCH (:State {id: 'state:MEX'})-[r:RATIFIED]->(:Instrument {id: 'instrument:icrmw'}) RETURN r.id AS id, r.date AS date");
    const updated = await ada.data(UPDATE_REL, {
      input: { id: edge!.id, ratification: { action: 'RATIFICATION', date: '1999-03-08', datePrecision: 'DAY' }, citations: cite('para 10') },
    });
    expect(updated.updateRelationship.outcome).toBe('UPDATED');
    expect(await graphSnapshot(db, 'entities')).not.toEqual(seeded);
    await ada.data(REVERT, { id: updated.updateRelationship.change.id });
    expect(await graphSnapshot(db, 'entities')).toEqual(seeded);
  });

  it('is refused when the target was changed outside the API', async () => {
    const updated = await ada.data(UPDATE_NODE, { input: { id: 'right:non-refoulement', description: 'Edited', citations: cite('para 11') } });
    await db.writeTx((tx) => db.runText(tx, "MATCH (n:Entity {id: 'right:non-refoulement'}) SET n.description = 'Edited behind the API'"));
    const result = await ada.ask(REVERT, { id: updated.updateNode.change.id });
    expect(result.errors![0]!.extensions!.problems[0].reason).toBe(
      'right:non-refoulement no longer is as this change left it (it was changed outside the audited API, e.g. by a seed or import)',
    );
  });

  it('is refused when the restored state would break a rule (an end node no longer exists)', async () => {
    const created = await ada.data(CREATE_NODE, { input: { id: 'category:test-gone', name: 'Soon gone', citations: cite('para 20') } });
    const added = await ada.data(ADD, { input: { type: 'SUBCATEGORY_OF', from: 'category:test-gone', to: 'category:migrants', citations: cite('para 21') } });
    const removed = await ada.data(REMOVE, { id: added.addRelationship.edge.id, c: cite('para 22') });
    await ada.data(REVERT, { id: created.createNode.change.id });
    const before = await graphSnapshot(db, 'entities');
    const result = await ada.ask(REVERT, { id: removed.removeRelationship.change.id });
    expect(result.errors![0]!.extensions!.problems).toEqual([{ field: 'before.from', reason: '"from" refers to unknown id "category:test-gone"' }]);
    expect(await graphSnapshot(db, 'entities')).toEqual(before);
  });

  it('does not revert API key changes', async () => {
    const admin = await startTestApi({ apiKey: (await createTestKey(db, 'admin', 'Root')).secret });
    try {
      const { createApiKey } = await admin.data('mutation { createApiKey(name: "x", role: READER) { change { id } } }');
      const result = await admin.ask(REVERT, { id: createApiKey.change.id });
      expect(result.errors![0]!.extensions!.problems[0].reason).toBe('changes to API keys are not reverted; create or revoke a key instead');
    } finally {
      await admin.close();
    }
  });

  it('an unknown change is NOT_FOUND', async () => {
    const result = await ada.ask(REVERT, { id: 'change:nope' });
    expect(result.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
