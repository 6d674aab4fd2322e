/**
 * Writes validated records in UNWIND batches, all inside one write transaction:
 * the seed lands whole or not at all, and MERGE on ids makes a second run a no-op.
 */
import type { Database } from '../db/database.js';
import { toNeo4jProps } from '../db/neo4j-props.js';
import type { OutcomeCountRow } from '../db/queries/index.js';
import type { PassageRecord } from './passages.js';
import type { NodeRecord, RelationshipRecord } from '../model/validate.js';

/** Rows per UNWIND statement; bulk import and its dry run batch the same way. */
export const BATCH_SIZE = 1000;

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteReport {
  nodes: WriteCounts;
  relationships: WriteCounts;
  /** Passages of the cited texts upserted (the seed only; bulk import writes none). */
  passages?: number;
}

/** A validated record as the upsert statements take it (also bulk import's write and dry run). */
export const nodeRow = (n: NodeRecord) => ({ id: n.id, label: n.label, props: toNeo4jProps({ ...n.props, id: n.id }) });
export const relationshipRow = (r: RelationshipRecord) => ({ id: r.id, type: r.type, from: r.from, to: r.to, props: toNeo4jProps(r.props) });

function tally(counts: WriteCounts, rows: OutcomeCountRow[]): void {
  for (const row of rows) counts[row.outcome] += row.count;
}

export async function writeGraph(
  db: Database,
  nodes: NodeRecord[],
  relationships: RelationshipRecord[],
  passages: PassageRecord[] = [],
): Promise<WriteReport> {
  const report: WriteReport = {
    nodes: { created: 0, updated: 0, unchanged: 0 },
    relationships: { created: 0, updated: 0, unchanged: 0 },
    passages: 0,
  };
  await db.writeTx(async (tx) => {
    for (let i = 0; i < nodes.length; i += BATCH_SIZE) {
      const rows = nodes.slice(i, i + BATCH_SIZE).map(nodeRow);
      tally(report.nodes, await db.run(tx, 'seed/upsert-nodes', { rows }));
    }
    for (let i = 0; i < relationships.length; i += BATCH_SIZE) {
      const rows = relationships.slice(i, i + BATCH_SIZE).map(relationshipRow);
      tally(report.relationships, await db.run(tx, 'seed/upsert-relationships', { rows }));
    }
    for (let i = 0; i < passages.length; i += BATCH_SIZE) {
      const [row] = await db.run(tx, 'seed/upsert-passages', { rows: passages.slice(i, i + BATCH_SIZE) });
      report.passages = (report.passages ?? 0) + (row?.count ?? 0);
    }
  }, { bulk: true });
  return report;
}
