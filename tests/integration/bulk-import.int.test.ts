/**
 * Bulk import against the seeded graph: dry run, every validation rule with file:line and field,
 * nothing written on any bad row, idempotent re-import, the treaty-status table, the CLI's exit
 * codes. Restores the seeded graph afterwards.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { exportGraph } from '../../src/bulk/export-graph.js';
import { importFiles } from '../../src/bulk/import-files.js';
import { operatorPrincipal } from '../../src/audit/audit.js';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { testDatabase } from '../support/database.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { resetTestGraph } from '../support/test-graph.js';

const db = testDatabase();
const curator = operatorPrincipal('cli:test');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-bulk-import-'));
const file = (name: string, text: string) => {
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const at = (name: string) => path.join(dir, name);

afterAll(async () => {
  await resetTestGraph(db);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const REL_HEADER = 'type,from,to,key,action,role,date,source,locator\n';
const CITE = 'source:ohchr-2013,Box 1';

describe('bad rows: each rule named with file, line and field; nothing written', () => {
  it('reports every bad row of every file and leaves the graph unchanged', async () => {
    const rels = file(
      'bad-relationships.csv',
      REL_HEADER +
        `RATIFIED,state:MEX,instrument:no-such-treaty,,ratification,,2001,${CITE}\n` + // line 2: unknown id
        `RATIFIED,org:iom,instrument:icrmw,,ratification,,2001,${CITE}\n` + // 3: wrong kind
        `RATIFIED,state:ALB,instrument:icrmw,bulk,ratification,,1999-02-30,${CITE}\n` + // 4: bad date
        `RATIFIED,state:ARG,instrument:icrmw,bulk,ratification,,1989,${CITE}\n` + // 5: before adoption
        `RATIFIED,state:BRA,instrument:icrmw,bulk,accession,,2010,${CITE}\n` + // 6: valid ...
        `RATIFIED,state:BRA,instrument:icrmw,bulk,accession,,2010,${CITE}\n` + // 7: ... and its duplicate
        `PART_OF,body:cmw,body:cmw,,,,,${CITE}\n` + // 8: self-loop
        `RATIFIED,state:CHL,instrument:icrmw,bulk,ratifed,,2005,${CITE}\n`, // 9: bad enum
    );
    const nodes = file(
      'bad-nodes.json',
      '{"nodes": [\n{"id": "instrument:bulk-pact", "name": "A pact", "type": "pact",\n "citations": [{"source": "source:ohchr-2013", "locator": "Box 1"}]}\n]}\n',
    );
    const before = await graphSnapshot(db);
    const outcome = await importFiles(db, [rels, nodes], { curator });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const rel = at('bad-relationships.csv');
    expect(outcome.problems.map(({ file, line, field, reason }) => ({ file, line, field, reason }))).toEqual([
      {
        file: at('bad-nodes.json'),
        line: 2,
        field: 'type',
        reason:
          '"type" is "pact", expected one of treaty, protocol, optional-protocol, ilo-convention, ilo-recommendation, declaration, framework, guidelines, principles, programme-of-action, resolution, other',
      },
      { file: rel, line: 2, field: 'to', reason: '"to" refers to unknown id "instrument:no-such-treaty"' },
      { file: rel, line: 3, field: 'from', reason: 'RATIFIED cannot start at a Organization (org:iom)' },
      { file: rel, line: 4, field: 'date', reason: '"date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "1999-02-30"' },
      { file: rel, line: 5, field: 'date', reason: '"date" 1989 is before instrument:icrmw was adopted (1990)' },
      { file: rel, line: 7, field: 'type', reason: `duplicate relationship state:BRA-[RATIFIED:bulk]->instrument:icrmw, first defined in ${rel}:6` },
      { file: rel, line: 8, field: 'to', reason: 'a relationship cannot join a node to itself' },
      {
        file: rel,
        line: 9,
        field: 'action',
        reason: '"action" is "ratifed", expected one of ratification, accession, succession, acceptance, approval, party',
      },
    ]);
    expect(outcome.rows).toBe(9);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('a broken file (unclosed quote, not JSON, unknown columns) is reported, not thrown', async () => {
    const outcome = await importFiles(
      db,
      [
        file('unclosed.csv', 'id,name\nright:x,"never closed\n'),
        file('broken.json', '{"nodes": ['),
        file('odd-columns.csv', `id,name,colour,source,locator\nright:bulk-colour,Colour,blue,${CITE}\n`),
        at('missing.csv'),
      ],
      { curator },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const lines = outcome.problems.map((p) => `${path.basename(p.file)}:${p.line ?? '-'} ${p.field ? `${p.field}: ` : ''}${p.reason}`);
    expect(lines).toEqual([
      expect.stringMatching(/^broken\.json:- not valid JSON/),
      'missing.csv:- no such file or directory',
      'odd-columns.csv:2 colour: unknown field "colour" for Right',
      'unclosed.csv:2 a quoted field is never closed',
    ]);
  });
});

describe('dry run, import, re-import', () => {
  let nodesFile = '';
  let relsFile = '';
  beforeAll(async () => {
    // An existing node's row as the exporter writes it, with its description changed.
    const exported = path.join(dir, 'export');
    await exportGraph(db, exported, 'csv');
    const [header, row] = fs.readFileSync(path.join(exported, 'nodes-right.csv'), 'utf8').split('\n');
    const [unchangedHeader, unchangedRow] = fs.readFileSync(path.join(exported, 'nodes-category.csv'), 'utf8').split('\n');
    const changed = row!.replace(/^(right:[^,]+,[^,]+,[^,]*,[^,]*,)([^,]*)/, '$1Described by the bulk test');
    expect(changed).not.toBe(row);
    nodesFile = file('rights.csv', `${header}\n${changed}\nright:bulk-test,A right for the bulk test,,,,${CITE}\n`);
    file('categories.csv', `${unchangedHeader}\n${unchangedRow}\n`);
    relsFile = file(
      'guarantees.json',
      `[\n  {"type": "GUARANTEES", "from": "instrument:icrmw", "to": "right:bulk-test", "articles": ["art. 1"],\n   "citations": [{"source": "source:ohchr-2013", "locator": "Box 1"}]}\n]\n`,
    );
  });

  it('a dry run says what would be created, changed and left alone, and writes nothing', async () => {
    const before = await graphSnapshot(db);
    const outcome = await importFiles(db, [nodesFile, at('categories.csv'), relsFile], { curator, dryRun: true });
    expect(outcome.ok && outcome.dryRun).toBe(true);
    if (!outcome.ok || !outcome.dryRun) return;
    const { nodes, relationships } = outcome.plan;
    expect(nodes.map((n) => [n.outcome, n.at.replace(`${dir}/`, ''), n.changed])).toEqual([
      ['updated', 'rights.csv:2', ['description']],
      ['created', 'rights.csv:3', []],
      ['unchanged', 'categories.csv:2', []],
    ]);
    expect(relationships).toEqual([{ id: 'instrument:icrmw-[GUARANTEES]->right:bulk-test', at: `${relsFile}:2`, outcome: 'created', changed: [] }]);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('the import writes what the dry run announced; the same files again change nothing', async () => {
    const before = await graphSnapshot(db, 'entities');
    const first = await importFiles(db, [nodesFile, at('categories.csv'), relsFile], { curator });
    expect(first.ok && !first.dryRun && first.written).toEqual({
      nodes: { created: 1, updated: 1, unchanged: 1 },
      relationships: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(await graphSnapshot(db, 'entities')).toMatchObject({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
    // The whole database, audit records included: the second import must not add any.
    const afterFirst = await graphSnapshot(db);
    const [row] = await db.readText(
      `MATCH (i:Instrument {id: 'instrument:icrmw'})-[g:GUARANTEES]->(r:Right {id: 'right:bulk-test'}) RETURN g.articles AS articles, g.citeLocators AS loc, r.name AS name`,
    );
    expect(row).toEqual({ articles: ['art. 1'], loc: ['Box 1'], name: 'A right for the bulk test' });

    const second = await importFiles(db, [nodesFile, at('categories.csv'), relsFile], { curator });
    expect(second.ok && !second.dryRun && second.written).toEqual({
      nodes: { created: 0, updated: 0, unchanged: 3 },
      relationships: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(await graphSnapshot(db)).toEqual(afterFirst);
  });

  it("a changed edge row replaces that edge's properties, and only that", async () => {
    const changed = file('guarantees-changed.json', fs.readFileSync(relsFile, 'utf8').replace('["art. 1"]', '["art. 2", "art. 3"]'));
    const plan = await importFiles(db, [changed], { curator, dryRun: true });
    expect(plan.ok && plan.dryRun && plan.plan.relationships.map((r) => [r.outcome, r.changed])).toEqual([['updated', ['articles']]]);
    const outcome = await importFiles(db, [changed], { curator });
    expect(outcome.ok && !outcome.dryRun && outcome.written.relationships).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const rows = await db.readText(
      `MATCH (:Instrument {id: 'instrument:icrmw'})-[g:GUARANTEES]->(:Right {id: 'right:bulk-test'}) RETURN g.articles AS articles`,
    );
    expect(rows).toEqual([{ articles: ['art. 2', 'art. 3'] }]);
  });

  it('a treaty-status table becomes RATIFIED and SIGNED edges with the date precision it holds', async () => {
    const table = file(
      'treaty-status.csv',
      'state,instrument,action,date,source,locator,key\nMEX,cped,accession,2008-03-18,source:ohchr-2013,Box 2,bulk\nARG,icrmw,signature,2004-08,source:ohchr-2013,Box 2,bulk\n',
    );
    const outcome = await importFiles(db, [table], { curator });
    expect(outcome.ok).toBe(true);
    const rows = await db.readText(
      `MATCH (s:State)-[r]->(i:Instrument) WHERE r.id CONTAINS ':bulk]'
       RETURN type(r) AS type, s.id AS state, i.id AS instrument, r.action AS action, r.date AS date, r.dateYear AS year, r.datePrecision AS precision ORDER BY type`,
    );
    expect(rows).toEqual([
      { type: 'RATIFIED', state: 'state:MEX', instrument: 'instrument:cped', action: 'accession', date: '2008-03-18', year: 2008, precision: 'day' },
      // Since issue 12 a signature carries the precision of its date too.
      { type: 'SIGNED', state: 'state:ARG', instrument: 'instrument:icrmw', action: null, date: '2004-08', year: 2004, precision: 'month' },
    ]);
  });
});

it('four concurrent imports of the same new edge leave one edge', async () => {
  const edge = file('concurrent.csv', `type,from,to,role,since,source,locator\nMEMBER_OF,state:MEX,forum:gfmd,observer,2007,${CITE}\n`);
  const outcomes = await Promise.all([1, 2, 3, 4].map(() => importFiles(db, [edge], { curator })));
  const created = outcomes.map((o) => (o.ok && !o.dryRun ? o.written.relationships.created : -1));
  expect(created.sort()).toEqual([0, 0, 0, 1]);
  const [row] = await db.readText(
    `MATCH (:State {id: 'state:MEX'})-[m:MEMBER_OF {role: 'observer'}]->(:Forum {id: 'forum:gfmd'}) RETURN count(m) AS n, collect(m.id)[0] AS id`,
  );
  expect(row).toMatchObject({ n: 1 });
  // Only the import that created it recorded a change.
  const changes = await db.readText('MATCH (c:Change {targetId: $id}) RETURN c.operation AS op', { id: row!.id });
  expect(changes).toEqual([{ op: 'ADD_RELATIONSHIP' }]);
});

describe('npm run import (the command)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      // The command reuses a Neo4j listening on the embedded port: point that at the test database.
      env: { ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_PORT: new URL(inject('neo4jUri')).port, INIT_CWD: dir },
    });

  it('exits 1 and prints file:line for a bad row; exits 0 for a clean dry run', () => {
    const bad = run('bad-relationships.csv');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${at('bad-relationships.csv')}:8: to: a relationship cannot join a node to itself`);
    const dry = run('rights.csv', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Dry run: every row is valid; nothing was written.\nNodes: 0 to create, 0 to change, 2 unchanged');
  });
  it('records its changes for the operator named by --as, and prints the import id', async () => {
    file('cli-node.csv', `id,name,source,locator\nright:bulk-cli,A right imported by the command,${CITE}\n`);
    const imported = run('cli-node.csv', '--as', 'Ada');
    expect(imported.status, imported.stderr).toBe(0);
    const importId = /recorded as import (import:[0-9a-f-]+)/.exec(imported.stdout)?.[1];
    expect(imported.stdout).toContain('Audit: 1 change(s) recorded as import');
    const rows = await db.readText(
      'MATCH (c:Change {importId: $importId}) RETURN c.targetId AS target, c.operation AS op, c.curatorId AS key, c.curatorName AS name',
      { importId },
    );
    expect(rows).toEqual([{ target: 'right:bulk-cli', op: 'CREATE_NODE', key: 'cli', name: 'cli:Ada' }]);
  });

  it('exits 2 with the usage on an unknown option or an empty --as', () => {
    for (const args of [
      ['rights.csv', '--dry'],
      ['rights.csv', '--as', ' '],
    ]) {
      const refused = run(...args);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('usage: npm run import -- <files or directories...> [--dry-run] [--verbose] [--as <name>]');
    }
  });
});
