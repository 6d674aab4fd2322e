/**
 * The dry run: what an import would do to each row (create, update with the properties that
 * change, or leave alone), from read-only twins of the upsert statements.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { RowOf } from '../db/queries/index.js';
import type { NodeRecord, RelationshipRecord } from '../model/validate.js';
import { BATCH_SIZE, nodeRow, relationshipRow } from '../seed/write-graph.js';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface PlannedRow {
  id: string;
  /** file:line of the row */
  at: string;
  outcome: Outcome;
  /** Properties an update would change, sorted. */
  changed: string[];
}

export interface Plan {
  nodes: PlannedRow[];
  relationships: PlannedRow[];
}

type PlanRow = RowOf<'bulk/plan-nodes' | 'bulk/plan-relationships'>;

async function planRows<T extends { id: string }>(rows: T[], at: string[], plan: (batch: T[]) => Promise<PlanRow[]>): Promise<PlannedRow[]> {
  const out: PlannedRow[] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    // Ids are unique among validated records, so results are matched by id, not by position.
    const byId = new Map((await plan(batch)).map((r) => [r.id, r]));
    batch.forEach((row, j) => {
      const r = byId.get(row.id)!;
      out.push({ id: row.id, at: at[i + j]!, outcome: r.outcome, changed: [...r.changed].sort() });
    });
  }
  return out;
}

/** `at` gives, per record, the file:line it came from (same order as the records). */
export async function planImport(
  db: Database,
  tx: ManagedTransaction,
  nodes: NodeRecord[],
  relationships: RelationshipRecord[],
  at: { nodes: string[]; relationships: string[] },
): Promise<Plan> {
  return {
    nodes: await planRows(nodes.map(nodeRow), at.nodes, (rows) => db.run(tx, 'bulk/plan-nodes', { rows })),
    relationships: await planRows(relationships.map(relationshipRow), at.relationships, (rows) => db.run(tx, 'bulk/plan-relationships', { rows })),
  };
}
