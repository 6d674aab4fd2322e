/**
 * `npx tsx bench/profile-answer-size.ts [scale] [older.cypher ...]` (default 100k; NEO4J_BENCH_URI,
 * whose graph it WIPES, or a throwaway embedded Neo4j on NEO4J_EMBEDDED_PORT / NEO4J_DATA_DIR)
 *
 * How much one protection-profile answer carries from Neo4j: the JSON length of the records of
 * cypher/analyst/protection-profile.cypher for the bench's 8 sampled (State, category) pairs, with
 * every property (field lists null: no selection known) and with the lists the bench's question
 * selects; and of each older statement file given (for a before/after figure), which is run with
 * the bench selection's parameters of then and now (Neo4j ignores those a statement does not use).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_NEO4J_TIMEOUTS } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/embedded-neo4j.js';
import { migrate } from '../src/db/migrations.js';
import { cypher } from '../src/db/query-registry.js';
import { freePort } from '../tests/support/free-port.js';
import { loadSyntheticGraph } from './load-graph.js';
import { SCALES } from './options.js';
import { generateSyntheticGraph } from './synthetic-graph.js';

/** What profileProjection (src/resolvers/cross-silo/profile-selection.ts) gives for the bench's PROFILE question (bench/questions.ts). */
const NODE = ['id', 'name', 'title'];
const PAIR = ['id', 'date', 'datePrecision', 'asOf'];
const BENCH_PROJECTION = {
  instrumentFields: NODE,
  protectionFields: [],
  ratificationFields: [...PAIR, 'action'],
  signatureFields: PAIR,
  guaranteeFields: ['articles'],
  monitoringFields: ['kind'],
  rightFields: NODE,
  monitorFields: NODE,
};
const FULL_PROJECTION = Object.fromEntries(Object.keys(BENCH_PROJECTION).map((key) => [key, null]));
/** The parameters statements before the projection took, for the same selection. */
const OLDER_PARAMETERS = { rightFields: NODE, monitorFields: NODE, edgeCitations: false };

async function main(): Promise<void> {
  const [scale = '100k', ...older] = process.argv.slice(2);
  if (!(scale in SCALES) || scale === 'seed') throw new Error(`scale must be one of 10k, 100k, 1m, got "${scale}"`);
  let embedded: EmbeddedNeo4j | undefined;
  let uri = process.env.NEO4J_BENCH_URI;
  const dataDir = process.env.NEO4J_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-size-neo4j-'));
  if (!uri) {
    const port = Number(process.env.NEO4J_EMBEDDED_PORT ?? 0) || (await freePort());
    embedded = await startEmbeddedNeo4j({ port, dataDir, heapMb: 2048, pageCacheMb: 1024 }, console.error);
    uri = embedded.uri;
  }
  const db = new Database({ uri, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } });
  try {
    await migrate(db);
    await loadSyntheticGraph(db, generateSyntheticGraph(SCALES[scale]!));
    const samples = await db.read('bench/sample-profile', { n: 8 });
    const statements: Array<[string, string, Record<string, unknown>]> = [
      ['now, every property', cypher('analyst/protection-profile'), FULL_PROJECTION],
      ['now, the bench selection', cypher('analyst/protection-profile'), BENCH_PROJECTION],
      ...older.map((file): [string, string, Record<string, unknown>] => [file, fs.readFileSync(file, 'utf8'), { ...BENCH_PROJECTION, ...OLDER_PARAMETERS }]),
    ];
    for (const [label, text, extra] of statements) {
      const sizes: number[] = [];
      let instruments = 0;
      for (const s of samples) {
        const rows = await db.readText(text, { state: s.state, category: s.category, ...extra });
        sizes.push(JSON.stringify(rows).length);
        instruments += rows.reduce((n, r) => n + (Array.isArray(r.instruments) ? r.instruments.length : r.instrumentId ? 1 : 0), 0);
      }
      const total = sizes.reduce((a, b) => a + b, 0);
      console.log(
        `${scale} ${label}: ${Math.round(total / sizes.length)} characters per answer on average (max ${Math.max(...sizes)}), ${instruments / sizes.length} instruments per answer`,
      );
    }
  } finally {
    await db.close();
    await embedded?.stop();
    if (!process.env.NEO4J_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[size] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
