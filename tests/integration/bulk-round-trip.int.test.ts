/**
 * Export → import into an empty graph → export gives byte-identical files, in both formats,
 * and the re-imported graph equals the seeded one. Non-domain nodes (API keys, audit records)
 * are neither exported nor touched. Restores the seeded graph afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/bulk/export-graph.js';
import { importFiles } from '../../src/bulk/import-files.js';
import { operatorPrincipal } from '../../src/audit/audit.js';
import { testDatabase } from '../support/database.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
const curator = operatorPrincipal('cli:test');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-bulk-round-trip-'));

afterAll(async () => {
  await db.writeTx((tx) => db.runText(tx, "MATCH (c:Change {id: 'change:bulk-round-trip'}) DETACH DELETE c"));
  await resetTestGraph(db);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function readDir(d: string): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(d)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(d, f))]),
  );
}

describe.each(['csv', 'json'] as const)('round trip (%s)', (format) => {
  it('export → import into an empty graph → export is byte-identical, and the graph is the seeded one', async () => {
    await db.writeTx((tx) => db.runText(tx, "MERGE (c:Change {id: 'change:bulk-round-trip'}) SET c.note = 'not graph content'"));
    const seeded = await graphSnapshot(db, 'entities');
    const first = path.join(dir, `${format}-1`);
    const exported = await exportGraph(db, first, format);
    expect(exported.skipped).toEqual({ properties: new Map(), rows: [] });
    expect(exported.nodes).toBeGreaterThan(500);
    expect(exported.relationships).toBeGreaterThan(2000);
    for (const [, text] of readDir(first)) expect(text.toString()).not.toContain('change:bulk-round-trip');

    await db.writeTx((tx) => db.runText(tx, 'MATCH (n:Entity) DETACH DELETE n'));
    expect(await graphSnapshot(db)).toMatchObject({ relationships: 0 });
    const imported = await importFiles(db, [first], { curator });
    expect(imported.ok && !imported.dryRun && imported.written).toEqual({
      nodes: { created: exported.nodes, updated: 0, unchanged: 0 },
      relationships: { created: exported.relationships, updated: 0, unchanged: 0 },
    });

    const second = path.join(dir, `${format}-2`);
    await exportGraph(db, second, format);
    const a = readDir(first);
    const b = readDir(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
    expect(await graphSnapshot(db, 'entities')).toEqual(seeded);
  });
});

it('export refuses a directory that already holds files', async () => {
  const used = path.join(dir, 'used');
  fs.mkdirSync(used);
  fs.writeFileSync(path.join(used, 'keep.txt'), 'mine');
  await expect(exportGraph(db, used, 'csv')).rejects.toThrow(`--out ${used} is not empty`);
  expect(fs.readdirSync(used)).toEqual(['keep.txt']);
});
