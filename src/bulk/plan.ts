/**
 * The dry run: what an import would do to each row (create, update with the properties that
 * change, or leave alone), from read-only twins of the upsert statements.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { cypher } from '../db/query-registry.js';
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

async function planRows(db: Database, tx: ManagedTransaction, name: string, rows: Array<Record<string, unknown>>, at: string[]): Promise<PlannedRow[]> {
  const out: PlannedRow[] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    // Ids are unique among validated records, so results are matched by id, not by position.
    const byId = new Map((await db.run(tx, cypher(name), { rows: batch })).map((r) => [String(r.id), r]));
    batch.forEach((row, j) => {
      const r = byId.get(String(row.id))!;
      out.push({ id: String(row.id), at: at[i + j]!, outcome: r.outcome as Outcome, changed: [...(r.changed as string[])].sort() });
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
    nodes: await planRows(db, tx, 'bulk/plan-nodes', nodes.map(nodeRow), at.nodes),
    relationships: await planRows(db, tx, 'bulk/plan-relationships', relationships.map(relationshipRow), at.relationships),
  };
}
