import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataReport } from '../../src/seed/data-report.js';
import { defaultSeedDir, loadSeed } from '../../src/seed/load-seed.js';
import { testDatabase } from '../support/database.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
afterAll(async () => {
  await resetTestGraph(db);
  await db.close();
});

async function counts() {
  const [row] = await db.readText('CALL { MATCH (n) RETURN count(n) AS n } CALL { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r');
  return row;
}

describe('npm run seed', () => {
  it('loading again on the loaded graph changes nothing', async () => {
    const before = await counts();
    const outcome = await loadSeed(db);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.written.nodes).toEqual({ created: 0, updated: 0, unchanged: outcome.nodeCount });
    expect(outcome.written.relationships).toEqual({ created: 0, updated: 0, unchanged: outcome.relationshipCount });
    expect(await counts()).toEqual(before);
  });

  it('every node and relationship carries a citation', async () => {
    const report = await buildDataReport(db);
    for (const row of [...report.labels, ...report.relationships]) expect(row.cited, row.name).toBe(row.total);
    expect(report.labels.find((l) => l.name === 'State')?.total).toBe(197);
  });

  it('holds facts from the source documents and the UN treaty data', async () => {
    const rows = await db.readText(
      `MATCH (:Body {id: 'body:cmw'})-[m:MONITORS]->(:Instrument {id: 'instrument:icrmw'}) RETURN m.citeSources AS sources`,
    );
    expect(rows).toHaveLength(1);
    const [alb] = await db.readText(
      `MATCH (:State {id: 'state:ALB'})-[r:RATIFIED]->(:Instrument {id: 'instrument:icrmw'}) RETURN r.date AS date, r.datePrecision AS p, r.citeSources AS s`,
    );
    expect(alb).toEqual({ date: '2007', p: 'year', s: ['source:un-treaty-collection-2022'] });
    const reports = await db.readText(
      `MATCH (s:StatusReport {about: 'instrument:icrmw', measure: 'states-parties'}) RETURN s.value AS value, s.asOf AS asOf ORDER BY asOf`,
    );
    const values = reports.map((r) => r.value);
    expect(values).toContain(46);
    expect(values).toContain(48);
  });

  it('an invalid seed file writes nothing and names file, entry and reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-bad-seed-'));
    fs.cpSync(defaultSeedDir, dir, { recursive: true });
    fs.appendFileSync(
      path.join(dir, 'nodes', 'rights.yaml'),
      '\n- id: right:invented\n  name: An invented right\n  citations:\n    - source: source:nowhere\n      locator: p. 1\n',
    );
    const before = await counts();
    const outcome = await loadSeed(db, dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      { file: 'nodes/rights.yaml', entry: 'right:invented', reason: 'citation 1: unknown source "source:nowhere"' },
    ]);
    expect(await counts()).toEqual(before);
  });
});
