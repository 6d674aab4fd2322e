/**
 * Writes validated records in UNWIND batches inside the caller's transaction. Nodes go through
 * the seed's upsert (MERGE on the unique id). Edges are first looked up while the transaction
 * has written no edge yet, then changed ones are updated and missing ones created: MERGE on an
 * edge re-matches against every edge the transaction has already created and, planned on a
 * graph without relationships, turns a 100k-row import quadratic. The ends are locked before
 * the lookup, so a concurrent write of the same edge cannot make a twin. Unchanged edges are
 * not written at all. A batch that does not account for every row (an end deleted since
 * validation) throws, which rolls the whole import back.
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

type Row = ReturnType<typeof relationshipRow>;

async function inBatches<T>(rows: T[], size: number, work: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await work(rows.slice(i, i + size));
}

function expectAll(done: number, batch: unknown[]): void {
  if (done !== batch.length) throw new Error(`${batch.length - done} of ${batch.length} rows found an end missing while writing (changed since validation?); nothing was written`);
}

async function writeNodes(db: Database, tx: ManagedTransaction, nodes: NodeRecord[], counts: WriteCounts, size: number): Promise<void> {
  await inBatches(nodes.map(nodeRow), size, async (batch) => {
    let done = 0;
    for (const row of await db.run(tx, cypher('seed/upsert-nodes'), { rows: batch })) {
      counts[row.outcome as keyof WriteCounts] += Number(row.count);
      done += Number(row.count);
    }
    expectAll(done, batch);
  });
}

async function writeRelationships(db: Database, tx: ManagedTransaction, relationships: RelationshipRecord[], counts: WriteCounts, size: number): Promise<void> {
  const rows = relationships.map(relationshipRow);
  const ends = [...new Set(rows.flatMap((r) => [r.from, r.to]))].sort();
  await inBatches(ends, size, async (batch) => {
    await db.run(tx, cypher('bulk/lock-nodes'), { ids: batch });
  });
  const same = new Map<string, boolean>();
  await inBatches(rows, size, async (batch) => {
    for (const r of await db.run(tx, cypher('bulk/existing-relationships'), { rows: batch })) same.set(String(r.id), r.same === true);
  });
  const changed: Row[] = [];
  const missing: Row[] = [];
  for (const row of rows) {
    if (!same.has(row.id)) missing.push(row);
    else if (same.get(row.id)) counts.unchanged += 1;
    else changed.push(row);
  }
  await inBatches(changed, size, async (batch) => {
    const [r] = await db.run(tx, cypher('bulk/update-relationships'), { rows: batch });
    expectAll(Number(r?.count ?? 0), batch);
    counts.updated += batch.length;
  });
  await inBatches(missing, size, async (batch) => {
    const [r] = await db.run(tx, cypher('bulk/create-relationships'), { rows: batch });
    expectAll(Number(r?.count ?? 0), batch);
    counts.created += batch.length;
  });
}

export async function writeRecords(
  db: Database,
  tx: ManagedTransaction,
  nodes: NodeRecord[],
  relationships: RelationshipRecord[],
  batchSize = BATCH_SIZE,
): Promise<WriteReport> {
  const report: WriteReport = { nodes: { created: 0, updated: 0, unchanged: 0 }, relationships: { created: 0, updated: 0, unchanged: 0 } };
  await writeNodes(db, tx, nodes, report.nodes, batchSize);
  await writeRelationships(db, tx, relationships, report.relationships, batchSize);
  return report;
}
