/**
 * npm run bench:import [-- --rows N] [--bulk-only]   (default 100000 rows)
 *
 * Bulk import (one transaction, UNWIND batches) against one transaction per row, on the same
 * synthetic data, side by side in one run, on a throwaway embedded Neo4j. Writes
 * docs/benchmarks-import.md. The heap is the server's own default (NEO4J_EMBEDDED_HEAP_MB, 2048 MB
 * unless set), so the report measures what `npm run import` gets; `--bulk-only` with a smaller heap
 * shows whether the one big transaction still fits.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportFiles } from '../src/bulk/export-files.js';
import { DEFAULT_NEO4J_TIMEOUTS, loadConfig } from '../src/config.js';
import { importFiles } from '../src/bulk/import-files.js';
import { lookupKnownNodes, referencedIds } from '../src/seed/known-nodes.js';
import { readInputs } from '../src/bulk/read-input.js';
import { relationshipEntry, type Entry, type Skipped } from '../src/model/stored-entry.js';
import { writeRecords } from '../src/bulk/write-bulk.js';
import { operatorPrincipal } from '../src/audit/audit.js';
import { Database } from '../src/db/database.js';
import { startEmbeddedNeo4j } from '../src/db/embedded/embedded-neo4j.js';
import { projectRoot } from '../src/db/embedded/launcher-paths.js';
import { migrate } from '../src/db/migrations.js';
import { validateSeed } from '../src/model/validate.js';
import { freePort } from '../tests/support/free-port.js';
import { writeSyntheticGraph } from './import-synthetic.js';

const rowsArg = process.argv.indexOf('--rows');
const rows = rowsArg >= 0 ? Number(process.argv[rowsArg + 1]) : 100_000;
if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive whole number, got "${process.argv[rowsArg + 1]}"`);
// --bulk-only: just the bulk import (e.g. to see whether it fits a smaller heap); no report file.
const bulkOnly = process.argv.includes('--bulk-only');
const heapMb = loadConfig().neo4j.embedded.heapMb;
const pageCacheMb = Number(process.env.NEO4J_EMBEDDED_PAGECACHE_MB || 512);
const log = (line: string) => console.error(`[bench:import] ${line}`);

/** The commit measured, taken at start (the run takes minutes; the checkout may move on). */
function currentCommit(): string {
  try {
    const hash = execSync('git rev-parse --short HEAD', { cwd: projectRoot }).toString().trim();
    const dirty = execSync('git status --porcelain -- src cypher bench', { cwd: projectRoot }).toString().trim() !== '';
    return dirty ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
const commit = currentCommit();

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-bench-import-'));
const neo4j = await startEmbeddedNeo4j({ port: await freePort(), dataDir: path.join(work, 'neo4j'), heapMb, pageCacheMb }, log);
// Wiping 100k relationships between runs is long work: the bulk timeout for everything here.
const db = new Database({ uri: neo4j.uri, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } });

/** The relationships as the exporter writes them: equal text means equal data. */
async function relationshipsDigest(): Promise<string> {
  const stored = await db.read('bulk/export-relationships');
  const skipped: Skipped = { properties: new Map(), rows: [] };
  const entries = stored.map((r) => relationshipEntry(r, skipped)).filter((e): e is Entry => e !== undefined);
  const files = exportFiles([], entries, 'json');
  return createHash('sha256').update(files.get('relationships.json')!.text).digest('hex');
}

async function relationshipCount(): Promise<number> {
  const [row] = await db.read('bench-import/relationship-count');
  return Number(row!.count);
}

/** Both runs record an audit Change per written edge, for the same operator. */
const curator = operatorPrincipal('cli:bench-import');

async function changeCount(): Promise<number> {
  const [row] = await db.read('bench-import/change-count');
  return Number(row!.count);
}

/** The measurement; returns the exit code. */
async function run(): Promise<number> {
  await migrate(db);
  const files = writeSyntheticGraph(path.join(work, 'input'), rows);
  log(`synthetic data: ${files.relationshipCount} relationships in ${work}/input`);
  const nodes = await importFiles(db, [files.nodes], { curator });
  if (!nodes.ok) throw new Error(`synthetic nodes invalid: ${JSON.stringify(nodes.problems.slice(0, 3))}`);

  // 1. Bulk: the import command's use case, files to committed transaction.
  log('bulk import ...');
  let t = performance.now();
  const bulk = await importFiles(db, files.relationships, { curator });
  const bulkMs = performance.now() - t;
  if (!bulk.ok) throw new Error(`synthetic relationships invalid: ${JSON.stringify(bulk.problems.slice(0, 3))}`);
  if (bulk.dryRun) throw new Error('unexpected dry run');
  const bulkCount = await relationshipCount();
  const bulkDigest = await relationshipsDigest();
  const bulkChanges = await changeCount();
  log(`bulk: ${(bulkMs / 1000).toFixed(1)} s, ${bulkCount} relationships, ${bulkChanges} changes recorded (heap ${heapMb} MB)`);
  if (bulkOnly) {
    console.log(
      `bulk import of ${files.relationshipCount} relationships with a ${heapMb} MB heap: ${(bulkMs / 1000).toFixed(1)} s, ${bulkCount} relationships after`,
    );
    return bulkCount === files.relationshipCount ? 0 : 1;
  }

  // 2. Same rows, one write transaction each, from an empty relationship set again.
  while ((await db.write('bench/delete-relationships', { limit: 10_000 }))[0]!.deleted > 0);
  while ((await db.write('bench-import/delete-changes', { limit: 10_000 }))[0]!.deleted > 0);
  const input = readInputs(files.relationships);
  const known = await db.readTx((tx) =>
    lookupKnownNodes(
      db,
      tx,
      referencedIds(
        [...input.nodes, ...input.relationships].map((e) => e.data),
        { defined: new Set(input.nodes.map((n) => n.data.id)) },
      ),
    ),
  );
  const { relationships, problems } = validateSeed(input.nodes, input.relationships, known);
  if (problems.length > 0) throw new Error('validation differs between runs');
  log(`per-row: ${relationships.length} transactions ...`);
  t = performance.now();
  const audit = { principal: curator, importId: 'import:bench-per-row' };
  for (let i = 0; i < relationships.length; i++) {
    await db.writeTx((tx) => writeRecords(db, tx, [], [relationships[i]!], audit));
    if ((i + 1) % 10_000 === 0) log(`per-row: ${i + 1} rows, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const perRowMs = performance.now() - t;
  const perRowCount = await relationshipCount();
  const sameData = (await relationshipsDigest()) === bulkDigest;
  const perRowChanges = await changeCount();
  log(`per-row: ${(perRowMs / 1000).toFixed(1)} s, ${perRowCount} relationships, ${perRowChanges} changes recorded, same graph as bulk: ${sameData}`);

  const n = files.relationshipCount;
  const rate = (ms: number) => Math.round(n / (ms / 1000));
  const cpu = os.cpus();
  const report = [
    '# Import benchmark: bulk vs one transaction per row',
    '',
    'Written by `npm run bench:import` (bench/import-bench.ts); numbers are as measured in that run.',
    '',
    '| | |',
    '| --- | --- |',
    `| date | ${new Date().toISOString()} |`,
    `| commit | ${commit} |`,
    `| machine | ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version} |`,
    `| Neo4j | 5.26 Community, embedded, heap ${heapMb} MB, page cache ${pageCacheMb} MB, fresh data directory |`,
    `| data | ${n} relationships (${input.relationships.length - input.relationships.filter((e) => e.data.type === 'MEMBER_OF').length} RATIFIED/SIGNED from a treaty-status table, ${input.relationships.filter((e) => e.data.type === 'MEMBER_OF').length} MEMBER_OF), synthetic: bench/import-synthetic.ts |`,
    '',
    'Both sides record the audit trail: one `:Change` (before/after, curator, import id) per written edge, in the',
    'same transaction as the edge (bulk: one UNWIND per batch of 1000; per row: one per row).',
    '',
    '| method | time | rows/s | relationships after | changes recorded |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| bulk import (\`importFiles\`: read CSV, validate, one write transaction in UNWIND batches of 1000) | ${(bulkMs / 1000).toFixed(1)} s | ${rate(bulkMs)} | ${bulkCount} | ${bulkChanges} |`,
    `| one write transaction per row (the same write code and statements per row; validation done beforehand, not timed) | ${(perRowMs / 1000).toFixed(1)} s | ${rate(perRowMs)} | ${perRowCount} | ${perRowChanges} |`,
    '',
    `Bulk is **${(perRowMs / bulkMs).toFixed(1)}×** faster. Bulk phases: read ${(bulk.timings.readMs / 1000).toFixed(1)} s, ` +
      `lookup + validation ${(bulk.timings.validateMs / 1000).toFixed(1)} s, write ${(bulk.timings.writeMs / 1000).toFixed(1)} s. ` +
      `Both runs leave the same relationships (export digests ${sameData ? 'equal' : 'DIFFER'}).`,
    '',
    'The bulk import holds all rows in one transaction, so Neo4j needs heap for the whole change set;',
    `the benchmark starts Neo4j with the server's heap (\`NEO4J_EMBEDDED_HEAP_MB\`, here ${heapMb} MB). The machine is`,
    'shared with other work, so absolute numbers vary between runs; the ratio is the point.',
    '',
  ].join('\n');
  if (rows === 100_000) fs.writeFileSync(path.join(projectRoot, 'docs', 'benchmarks-import.md'), report);
  console.log(report);
  return sameData && bulkCount === n && perRowCount === n && bulkChanges === n && perRowChanges === n ? 0 : 1;
}

try {
  process.exitCode = await run();
} finally {
  await db.close();
  await neo4j.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
