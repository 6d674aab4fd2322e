/**
 * Writes validated records with the seed's upsert statements (one write path for seed and
 * import), in UNWIND batches inside the caller's transaction. A batch that does not account for
 * every row (an edge end deleted since validation) throws, which rolls the whole import back.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { toNeo4jProps } from '../db/neo4j-props.js';
import { cypher } from '../db/query-registry.js';
import type { NodeRecord, RelationshipRecord } from '../seed/validate.js';
import type { WriteCounts, WriteReport } from '../seed/write-graph.js';

export const BATCH_SIZE = 1000;

export const nodeRow = (n: NodeRecord) => ({ id: n.id, label: n.label, props: toNeo4jProps({ ...n.props, id: n.id }) });
export const relationshipRow = (r: RelationshipRecord) => ({ id: r.id, type: r.type, from: r.from, to: r.to, props: toNeo4jProps(r.props) });

async function upsert(db: Database, tx: ManagedTransaction, name: string, rows: Array<Record<string, unknown>>, counts: WriteCounts): Promise<void> {
  let seen = 0;
  for (const row of await db.run(tx, cypher(name), { rows })) {
    counts[row.outcome as keyof WriteCounts] += Number(row.count);
    seen += Number(row.count);
  }
  if (seen !== rows.length) throw new Error(`${rows.length - seen} of ${rows.length} rows found an end missing while writing (changed since validation?); nothing was written`);
}

export async function writeRecords(
  db: Database,
  tx: ManagedTransaction,
  nodes: NodeRecord[],
  relationships: RelationshipRecord[],
  batchSize = BATCH_SIZE,
): Promise<WriteReport> {
  const report: WriteReport = { nodes: { created: 0, updated: 0, unchanged: 0 }, relationships: { created: 0, updated: 0, unchanged: 0 } };
  for (let i = 0; i < nodes.length; i += batchSize) await upsert(db, tx, 'seed/upsert-nodes', nodes.slice(i, i + batchSize).map(nodeRow), report.nodes);
  for (let i = 0; i < relationships.length; i += batchSize) {
    await upsert(db, tx, 'seed/upsert-relationships', relationships.slice(i, i + batchSize).map(relationshipRow), report.relationships);
  }
  return report;
}
