/**
 * The citable dataset and the analysts' clients, against the seeded test graph:
 * - the Python example (clients/python/example.py) prints the flagship answer and a status table
 *   equal to the API's own answer over HTTP;
 * - `--format datapackage` writes a data package that `frictionless validate` accepts, whose
 *   sources cover every Source in the graph, and whose CSVs re-import into an empty graph to the
 *   same graph and the same files (hash of every file).
 * Deletes every entity for the round trip; a round trip that ends equal to the seeded graph only
 * removes the import's audit records, a failed one reseeds in afterAll (slow, so only then).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitoringBodies, ratificationCounts } from '../../clients/typescript/flagship.js';
import { operatorPrincipal } from '../../src/audit/audit.js';
import { importFiles } from '../../src/bulk/import-files.js';
import type { Database } from '../../src/db/database.js';
import { DATA_SOURCES } from '../../src/dataset/data-terms.js';
import { exportDataPackage } from '../../src/dataset/export-datapackage.js';
import { parseCsv } from '../../src/formats/csv.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { testDatabase } from '../support/database.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { runPython, testPython } from '../support/python.js';
import { resetTestGraph } from '../support/test-graph.js';

let db: Database;
let server: RunningServer;
let roundTripRestoredGraph = false;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-dataset-'));

beforeAll(async () => {
  db = testDatabase();
  server = await startServer({ db, host: '127.0.0.1', port: 0, production: false, readinessTimeoutMs: 30_000, logger: silentLogger() });
});
afterAll(async () => {
  await server.stop();
  if (!roundTripRestoredGraph) await resetTestGraph(db);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function graphql(query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** sha256 over every file name and content of a directory, in name order. */
function directoryHash(d: string): string {
  const hash = crypto.createHash('sha256');
  for (const f of fs.readdirSync(d).sort()) hash.update(`${f}\0`).update(fs.readFileSync(path.join(d, f)));
  return hash.digest('hex');
}

describe('the Python client example', () => {
  it('prints the flagship answer and the status table the API gives', async () => {
    const python = testPython(['requests', 'pandas']);
    const started = Date.now();
    const out = await runPython(python, ['clients/python/example.py', '--url', `${server.url}/graphql`]);
    console.log(`[measured] clients/python/example.py ran in ${Date.now() - started} ms; it printed:\n${out}`);

    const { monitoringBodies } = await graphql(
      '{ monitoringBodies(right: "right:non-refoulement", category: "category:refugees") { monitorId basis instrumentId } }',
      {},
    );
    expect(monitoringBodies.length).toBeGreaterThan(0);
    expect(out).toContain(`Which bodies monitor right:non-refoulement for category:refugees: ${monitoringBodies.length} answers`);
    const lines = out.split('\n');
    for (const a of monitoringBodies) {
      const row = new RegExp(`^\\s*${a.monitorId}\\s+${a.basis}\\s+${a.instrumentId ?? ''}`);
      expect(
        lines.some((l) => row.test(l)),
        `a row for ${a.monitorId} ${a.basis} ${a.instrumentId}`,
      ).toBe(true);
    }
    for (const instrument of ['instrument:cat', 'instrument:crc', 'instrument:icrmw']) {
      const { ratificationStatus: s } = await graphql(
        'query ($i: ID!) { ratificationStatus(instrument: $i) { partyCount signedOnlyCount knownNotPartyCount unknownCount } }',
        { i: instrument },
      );
      const row = new RegExp(`^\\s*${instrument}\\s+${s.partyCount}\\s+${s.signedOnlyCount}\\s+${s.knownNotPartyCount}\\s+${s.unknownCount}\\s`);
      expect(
        lines.some((l) => row.test(l)),
        `status row ${instrument} ${JSON.stringify(s)}`,
      ).toBe(true);
    }
  });
});

describe('the TypeScript client snippet (docs/clients.md)', () => {
  it('returns what the API answers, typed', async () => {
    const url = `${server.url}/graphql`;
    const answers = await monitoringBodies(url, { right: 'right:non-refoulement', category: 'category:refugees' });
    const direct = await graphql('{ monitoringBodies(right: "right:non-refoulement", category: "category:refugees") { monitorId basis instrumentId } }', {});
    expect(answers.map((a) => [a.monitorId, a.basis, a.instrumentId])).toEqual(direct.monitoringBodies.map((a: any) => [a.monitorId, a.basis, a.instrumentId]));
    expect(answers.every((a) => a.evidence.every((step) => step.citations.length > 0))).toBe(true);
    const counts = await ratificationCounts(url, { instrument: 'instrument:icrmw' });
    expect(counts).toEqual(
      (await graphql('{ ratificationStatus(instrument: "instrument:icrmw") { partyCount signedOnlyCount knownNotPartyCount unknownCount } }', {}))
        .ratificationStatus,
    );
    await expect(ratificationCounts(url, { instrument: 'instrument:nowhere' })).rejects.toThrow(/^[A-Z_]+: /);
  });
});

describe('the data package', () => {
  it('validates with frictionless, names the terms of every Source, and re-imports to the same graph and files', async () => {
    const python = testPython(['frictionless']);
    const seeded = await graphSnapshot(db, 'entities');
    const wholeDatabase = await graphSnapshot(db);
    const first = path.join(dir, 'first');
    let started = Date.now();
    const exported = await exportDataPackage(db, first);
    console.log(
      `[measured] datapackage export: ${exported.nodes} nodes, ${exported.relationships} relationships, ${exported.files.length} files in ${Date.now() - started} ms`,
    );
    expect(exported.skipped).toEqual({ properties: new Map(), rows: [] });

    started = Date.now();
    const report = JSON.parse(
      await runPython(python, [
        '-c',
        'import sys; from frictionless import validate; print(validate(sys.argv[1]).to_json())',
        path.join(first, 'datapackage.json'),
      ]),
    ) as {
      valid: boolean;
      stats: { tasks: number; errors: number };
      tasks: Array<{ name: string; stats: { rows?: number }; errors: Array<{ type: string; message: string }> }>;
    };
    const errors = report.tasks.flatMap((t) => t.errors.map((e) => `${t.name}: ${e.message}`));
    console.log(
      `[measured] frictionless validate: valid=${report.valid}, ${report.stats.tasks} resources, ${report.stats.errors} errors in ${Date.now() - started} ms`,
    );
    expect(errors.slice(0, 10)).toEqual([]);
    expect(report.valid).toBe(true);
    const descriptor = JSON.parse(fs.readFileSync(path.join(first, 'datapackage.json'), 'utf8'));
    expect(report.stats.tasks).toBe(descriptor.resources.length);
    expect(descriptor.version).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
    expect(fs.readFileSync(path.join(first, 'DATA-TERMS.md'), 'utf8')).toBe(fs.readFileSync('DATA-TERMS.md', 'utf8'));

    // The schemas bind: a duplicated id and a citation of an unknown Source are both caught.
    const broken = path.join(dir, 'broken');
    fs.cpSync(first, broken, { recursive: true });
    const instruments = path.join(broken, 'nodes-instrument.csv');
    fs.appendFileSync(instruments, fs.readFileSync(instruments, 'utf8').split('\n')[1] + '\n');
    const monitors = path.join(broken, 'relationships-monitors.csv');
    fs.writeFileSync(monitors, fs.readFileSync(monitors, 'utf8').replace(',source:', ',source:nowhere-'));
    const brokenReport = JSON.parse(
      await runPython(python, [
        '-c',
        'import sys; from frictionless import validate; print(validate(sys.argv[1]).to_json())',
        path.join(broken, 'datapackage.json'),
      ]),
    ) as typeof report;
    expect(brokenReport.valid).toBe(false);
    expect(new Set(brokenReport.tasks.flatMap((t) => t.errors.map((e) => e.type)))).toEqual(new Set(['primary-key', 'foreign-key']));

    // Every Source in the graph belongs to exactly one data source of DATA-TERMS.
    const sources = parseCsv(fs.readFileSync(path.join(first, 'nodes-source.csv'), 'utf8')).records.slice(1);
    expect(sources.length).toBeGreaterThan(40);
    for (const { cells } of sources) {
      const owners = DATA_SOURCES.filter((s) => new RegExp(s.sourceIds).test(cells[0]!)).map((s) => s.name);
      expect(owners, cells[0]).toHaveLength(1);
    }

    // Round trip: the package's CSVs into an empty graph, then export again.
    await db.writeTx((tx) => db.runText(tx, 'MATCH (n:Entity) DETACH DELETE n'));
    expect(await graphSnapshot(db, 'entities')).toMatchObject({ relationships: 0 });
    const imported = await importFiles(db, [first], { curator: operatorPrincipal('cli:test') });
    expect(imported.ok && !imported.dryRun && imported.written).toEqual({
      nodes: { created: exported.nodes, updated: 0, unchanged: 0 },
      relationships: { created: exported.relationships, updated: 0, unchanged: 0 },
    });
    const second = path.join(dir, 'second');
    await exportDataPackage(db, second);
    const [a, b] = [directoryHash(first), directoryHash(second)];
    console.log(`[measured] data package round trip: sha256 ${a} before, ${b} after`);
    expect(b).toBe(a);
    expect(await graphSnapshot(db, 'entities')).toEqual(seeded);
    // The import's audit records are all that differ from the seeded state (which has none).
    await db.writeTx((tx) => db.runText(tx, 'MATCH (c:Change) DETACH DELETE c'));
    expect(await graphSnapshot(db)).toEqual(wholeDatabase);
    roundTripRestoredGraph = true;
  });
});
