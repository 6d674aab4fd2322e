/**
 * Bulk import and the audit trail: an import records one Change per created or changed node
 * and edge (curation format, before/after, the CLI operator as curator, one import id), in its
 * own transaction; revertChange undoes an imported edge exactly; a dry run, an unchanged row
 * and a failed import (invalid row, or a write that fails midway) record nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/bulk/export-graph.js';
import { importFiles } from '../../src/bulk/import-files.js';
import { operatorPrincipal } from '../../src/audit/audit.js';
import { revertChange } from '../../src/curation/revert.js';
import type { Database } from '../../src/db/database.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphSnapshot, type GraphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

let api: TestApi;
let db: Database;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-bulk-audit-'));
const ada = operatorPrincipal('cli:Ada');

const CHANGES = `query($importId: ID) { changes(importId: $importId, first: 100) {
  totalCount nodes { id operation targetType targetId fromId toId importId before after curator { keyId name role } sources { sourceId locator } } } }`;

type Entry = Record<string, any>;
let changedEdge: Entry;
let originalEdge: Entry;
let unchangedEdge: Entry;
const newNode = { id: 'right:bulk-audit', name: 'A right for the audit test', citations: [{ source: 'source:ohchr-2013', locator: 'Box 1' }] };
const newEdge = {
  type: 'GUARANTEES',
  from: 'instrument:icrmw',
  to: 'right:bulk-audit',
  articles: ['art. 1'],
  citations: [{ source: 'source:ohchr-2013', locator: 'Box 1' }],
};

function jsonFile(name: string, entries: Entry[]): string {
  const at = path.join(dir, name);
  fs.writeFileSync(at, `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  return at;
}

const totalChanges = async (): Promise<number> => (await api.data(CHANGES, {})).changes.totalCount;

beforeAll(async () => {
  api = await startTestApi();
  db = api.db;
  // Two seeded MEMBER_OF edges as the exporter writes them: one to change (a citation's
  // locator is a property, not part of the edge id), one to import as it is.
  const out = path.join(dir, 'export');
  await exportGraph(db, out, 'json');
  const lines = fs.readFileSync(path.join(out, 'relationships.json'), 'utf8').split('\n');
  const members = lines.filter((l) => l.includes('"type":"MEMBER_OF"')).map((l) => JSON.parse(l.replace(/,$/, '')) as Entry);
  expect(members.length).toBeGreaterThan(2);
  [originalEdge, unchangedEdge] = [members[0]!, members[1]!];
  changedEdge = { ...originalEdge, citations: [{ source: 'source:ohchr-2013', locator: 'bulk audit test, para 9' }] };
});
afterAll(async () => {
  await resetTestGraph(db);
  await api.close(); // closes db too
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an import is audited like the API', () => {
  let content: GraphSnapshot;
  let importId: string;
  let changes: Entry[];

  it('records one change per created or changed node and edge, with before/after, listed by its import id', async () => {
    content = await graphSnapshot(db, 'entities');
    const outcome = await importFiles(db, [jsonFile('audited.json', [newNode, newEdge, changedEdge, unchangedEdge])], { curator: ada });
    if (!outcome.ok || outcome.dryRun) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    expect(outcome.written).toEqual({ nodes: { created: 1, updated: 0, unchanged: 0 }, relationships: { created: 1, updated: 1, unchanged: 1 } });
    importId = outcome.importId;

    const listed = (await api.data(CHANGES, { importId })).changes;
    expect(listed.totalCount).toBe(3); // four rows, the unchanged edge records nothing
    changes = listed.nodes;
    const byOp = Object.fromEntries(changes.map((c) => [c.operation, c]));
    expect(Object.keys(byOp).sort()).toEqual(['ADD_RELATIONSHIP', 'CREATE_NODE', 'UPDATE_RELATIONSHIP']);
    for (const c of changes) {
      expect(c).toMatchObject({ importId, curator: { keyId: 'cli', name: 'cli:Ada', role: 'ADMIN' } });
      expect(JSON.parse(c.after)).toBeTruthy();
    }
    expect(byOp.CREATE_NODE).toMatchObject({
      targetType: 'NODE',
      targetId: 'right:bulk-audit',
      before: null,
      sources: [{ sourceId: 'source:ohchr-2013', locator: 'Box 1' }],
    });
    expect(JSON.parse(byOp.CREATE_NODE.after)).toMatchObject({ label: 'Right', props: { id: 'right:bulk-audit', name: newNode.name } });
    expect(byOp.ADD_RELATIONSHIP).toMatchObject({ targetType: 'RELATIONSHIP', fromId: 'instrument:icrmw', toId: 'right:bulk-audit', before: null });

    const update = byOp.UPDATE_RELATIONSHIP;
    expect(update).toMatchObject({ fromId: originalEdge.from, toId: originalEdge.to, sources: [{ locator: 'bulk audit test, para 9' }] });
    const [before, after] = [JSON.parse(update.before), JSON.parse(update.after)];
    expect(before).toMatchObject({ type: 'MEMBER_OF', from: originalEdge.from, to: originalEdge.to });
    expect(before.props.citeLocators).toEqual(originalEdge.citations.map((c: Entry) => c.locator));
    expect(after.props.citeLocators).toEqual(['bulk audit test, para 9']);
  });

  it('revertChange restores an imported edge, and the reverts of all its changes the previous graph (content hash)', async () => {
    const byOp = Object.fromEntries(changes.map((c) => [c.operation, c]));
    const operator = operatorPrincipal('cli:test');
    const reverted = await revertChange(db, operator, byOp.UPDATE_RELATIONSHIP.id);
    expect(reverted.outcome).toBe('UPDATED');
    expect(JSON.parse(reverted.change.after!)).toEqual(JSON.parse(byOp.UPDATE_RELATIONSHIP.before));
    const [edge] = await db.readText('MATCH ()-[r {id: $id}]->() RETURN r.citeLocators AS locators', { id: byOp.UPDATE_RELATIONSHIP.targetId });
    expect(edge).toEqual({ locators: originalEdge.citations.map((c: Entry) => c.locator) });
    expect(await graphSnapshot(db, 'entities')).not.toEqual(content); // the new node and edge are still there

    await revertChange(db, operator, byOp.ADD_RELATIONSHIP.id);
    await revertChange(db, operator, byOp.CREATE_NODE.id);
    expect(await graphSnapshot(db, 'entities')).toEqual(content);
  });
});

describe('what records nothing', () => {
  it('a dry run', async () => {
    const before = await graphSnapshot(db);
    const changesBefore = await totalChanges();
    const outcome = await importFiles(db, [jsonFile('dry.json', [newNode, newEdge, changedEdge])], { curator: ada, dryRun: true });
    expect(outcome.ok && outcome.dryRun).toBe(true);
    expect(await totalChanges()).toBe(changesBefore);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('an import with an invalid row', async () => {
    const before = await graphSnapshot(db);
    const changesBefore = await totalChanges();
    const bad = { ...newEdge, to: 'right:no-such-right' };
    const outcome = await importFiles(db, [jsonFile('invalid.json', [newNode, newEdge, changedEdge, bad])], { curator: ada });
    expect(outcome.ok).toBe(false);
    expect(await totalChanges()).toBe(changesBefore);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('an import whose write fails after nodes and their changes were written (one transaction rolls back both)', async () => {
    const before = await graphSnapshot(db);
    const changesBefore = await totalChanges();
    // The real database, with a failure injected at the edge-creating statement.
    const failing = Object.create(db) as Database;
    failing.run = async (tx, name, ...params) => {
      if (name === 'bulk/create-relationships') throw new Error('injected failure while creating edges');
      return db.run(tx, name, ...params);
    };
    await expect(importFiles(failing, [jsonFile('fails.json', [newNode, newEdge, changedEdge])], { curator: ada })).rejects.toThrow('injected failure');
    expect(await totalChanges()).toBe(changesBefore);
    expect(await graphSnapshot(db)).toEqual(before);
  });
});
