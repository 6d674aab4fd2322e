import { createHash } from 'node:crypto';
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

/** Counts plus a hash of every node's and relationship's properties: any write would change it. */
async function snapshot() {
  const [row] = await db.readText(
    `CALL { MATCH (n) WITH n ORDER BY elementId(n) RETURN count(n) AS nodes, collect(properties(n)) AS np }
     CALL { MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN count(r) AS rels, collect(properties(r)) AS rp }
     RETURN nodes, rels, np, rp`,
  );
  return {
    nodes: row!.nodes,
    rels: row!.rels,
    hash: createHash('sha256')
      .update(JSON.stringify([row!.np, row!.rp]))
      .digest('hex'),
  };
}

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
    const rows = await db.readText(`MATCH (:Body {id: 'body:cmw'})-[m:MONITORS]->(:Instrument {id: 'instrument:icrmw'}) RETURN m.citeSources AS sources`);
    expect(rows).toHaveLength(1);
    const [alb] = await db.readText(
      // The 2022 compilation's record; the 2026 table's own record of the same act sits beside it.
      `MATCH (:State {id: 'state:ALB'})-[r:RATIFIED]->(:Instrument {id: 'instrument:icrmw'})
       WHERE 'source:un-treaty-collection-2022' IN r.citeSources
       RETURN r.date AS date, r.datePrecision AS p, r.citeSources AS s`,
    );
    expect(alb).toEqual({ date: '2007', p: 'year', s: ['source:un-treaty-collection-2022'] });
    const reports = await db.readText(
      `MATCH (s:StatusReport {about: 'instrument:icrmw', measure: 'states-parties'}) RETURN s.value AS value, s.asOf AS asOf ORDER BY asOf`,
    );
    const values = reports.map((r) => r.value);
    expect(values).toContain(46);
    expect(values).toContain(48);
  });

  it('a broken seed file (unknown id, bad date, missing citation) writes nothing and names file, entry and reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-bad-seed-'));
    fs.cpSync(defaultSeedDir, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'nodes', 'broken.yaml'),
      [
        '- id: instrument:broken-date',
        '  name: A treaty with an impossible date',
        '  type: treaty',
        '  adopted: "1990-02-30"',
        '  citations: [{ source: source:ohchr-2013, locator: Box 1 }]',
        '- id: right:uncited',
        '  name: A right nobody cited',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'relationships', 'broken.yaml'),
      '- type: MONITORS\n  from: body:cmw\n  to: instrument:no-such-treaty\n  kind: treaty-body\n  citations: [{ source: source:ohchr-2013, locator: Box 5 }]\n',
    );
    const before = await snapshot();
    const outcome = await loadSeed(db, dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        file: 'nodes/broken.yaml',
        entry: 'instrument:broken-date',
        field: 'adopted',
        reason: '"adopted" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "1990-02-30"',
      },
      { file: 'nodes/broken.yaml', entry: 'right:uncited', field: 'citations', reason: 'needs at least one citation (source and locator)' },
      {
        file: 'relationships/broken.yaml',
        entry: '#1 MONITORS body:cmw -> instrument:no-such-treaty',
        field: 'to',
        reason: '"to" refers to unknown id "instrument:no-such-treaty"',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
