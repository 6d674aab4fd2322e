/**
 * `npx tsx bench/time-load.ts [scale] [merge|create ...]` (NEO4J_BENCH_URI, whose graph it WIPES)
 *
 * Times the synthetic graph's load (bench/load-graph.ts) at one scale (default 100k), once per
 * mode given, in that order: `create` is the loader as it is; `merge` swaps in the MERGE statements
 * it used before (kept here only to compare), so both load the same graph in the same minutes.
 * Prints the wall time, the time in Neo4j write transactions and the load average.
 */
import os from 'node:os';
import type { ManagedTransaction } from 'neo4j-driver';
import { Database } from '../src/db/database.js';
import type { Row } from '../src/db/values.js';
import { cypher } from '../src/db/query-registry.js';
import { loadSyntheticGraph } from './load-graph.js';
import { SCALES } from './options.js';
import { generateSyntheticGraph } from './synthetic-graph.js';
import { DEFAULT_NEO4J_TIMEOUTS } from '../src/config.js';

const MERGE_STATEMENTS: Record<string, string> = {
  'bench/create-nodes': `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
RETURN count(*) AS written`,
  'bench/create-relationships': `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(*) AS written`,
};

/** Runs the MERGE text in place of each create statement. */
class MergingDatabase extends Database {
  override runText(tx: ManagedTransaction, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const name = Object.keys(MERGE_STATEMENTS).find((n) => cypher(n as never) === text);
    return super.runText(tx, name ? MERGE_STATEMENTS[name]! : text, params);
  }
}

const uri = process.env.NEO4J_BENCH_URI;
if (!uri) throw new Error('NEO4J_BENCH_URI: the Bolt URI of a Neo4j whose graph may be wiped');
const [scale = '100k', ...modes] = process.argv.slice(2);
const options = { uri, timeouts: { transactionMs: DEFAULT_NEO4J_TIMEOUTS.bulkTransactionMs } };
for (const mode of modes.length > 0 ? modes : ['merge', 'create']) {
  const db = mode === 'merge' ? new MergingDatabase(options) : new Database(options);
  try {
    const before = os.loadavg();
    const report = await loadSyntheticGraph(db, generateSyntheticGraph(SCALES[scale]!));
    console.log(
      `${scale} ${mode}: ${report.relationships} relationships in ${(report.ms / 1000).toFixed(1)} s, ${((report.writeMs ?? 0) / 1000).toFixed(1)} s in write transactions; ` +
        `load average ${before.map((x) => x.toFixed(2)).join('/')} before, ${os
          .loadavg()
          .map((x) => x.toFixed(2))
          .join('/')} after`,
    );
  } finally {
    await db.close();
  }
}
