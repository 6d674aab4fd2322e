/**
 * The graph the profiling scripts (profile-nested.ts, profile-statements.ts) read: NEO4J_BENCH_URI
 * (+ _USER, _PASSWORD), or else an embedded Neo4j of their own on NEO4J_EMBEDDED_PORT (default
 * 7630) with its data kept in NEO4J_DATA_DIR, so a graph loaded once is profiled again without
 * loading it again. The graph is migrated (ids and lookups indexed as deployed) and, with `load`,
 * replaced by the synthetic graph of that scale first: on NEO4J_BENCH_URI only when the script
 * says it may write there (`writesBenchUri`), else it refuses `load` and leaves that graph as it is.
 */
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_NEO4J_TIMEOUTS } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/embedded-neo4j.js';
import { migrate } from '../src/db/migrations.js';
import { loadSyntheticGraph } from './load-graph.js';
import { SCALES } from './options.js';
import { generateSyntheticGraph } from './synthetic-graph.js';

export interface ProfilingGraph {
  uri: string;
  auth: { user?: string; password?: string };
  /** Stops the embedded Neo4j, if one was started. */
  stop(): Promise<void>;
}

export async function openProfilingGraph(options: {
  defaultDataDir: string;
  load: string | undefined;
  writesBenchUri: boolean;
  log: (line: string) => void;
}): Promise<ProfilingGraph> {
  const { load, log } = options;
  const auth = { user: process.env.NEO4J_BENCH_USER, password: process.env.NEO4J_BENCH_PASSWORD };
  let uri = process.env.NEO4J_BENCH_URI;
  if (uri && load && !options.writesBenchUri) throw new Error('--load wipes the graph: only with the embedded Neo4j (no NEO4J_BENCH_URI)');
  let embedded: EmbeddedNeo4j | undefined;
  if (!uri) {
    const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(os.tmpdir(), options.defaultDataDir);
    embedded = await startEmbeddedNeo4j({ port: Number(process.env.NEO4J_EMBEDDED_PORT ?? 7630), dataDir, heapMb: 2048, pageCacheMb: 1024 }, log);
    uri = embedded.uri;
    log(`embedded Neo4j at ${uri}, data in ${dataDir}`);
  }
  if (embedded || options.writesBenchUri) {
    const db = new Database({ uri, ...auth, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } });
    try {
      await migrate(db);
      if (load) {
        if (!(load in SCALES) || load === 'seed') throw new Error(`--load takes 10k, 100k or 1m, got "${load}"`);
        const report = await loadSyntheticGraph(db, generateSyntheticGraph(SCALES[load]!), log);
        log(`loaded ${report.nodes} nodes, ${report.relationships} relationships in ${(report.ms / 1000).toFixed(0)} s`);
      }
    } catch (error) {
      await embedded?.stop();
      throw error;
    } finally {
      await db.close();
    }
  }
  return { uri, auth, stop: async () => embedded?.stop() };
}
