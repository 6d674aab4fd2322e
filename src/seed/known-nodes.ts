/**
 * The validator's KnownNodes lookup backed by the database: curation writes and bulk imports
 * check references against the nodes already stored, read inside the write's own transaction
 * so that what was checked is what the write sees.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { cypher } from '../db/query-registry.js';
import { PREFIX_BY_LABEL } from '../model/model.js';
import type { KnownNode, KnownNodes } from '../model/validate.js';

/** The stored nodes with these ids, in one query (the node loader's statement). */
export async function lookupKnownNodes(db: Database, tx: ManagedTransaction, ids: string[]): Promise<KnownNodes> {
  const known = new Map<string, KnownNode>();
  if (ids.length > 0) {
    for (const row of await db.run(tx, cypher('nodes/by-ids'), { ids })) {
      const kind = PREFIX_BY_LABEL.get(String(row.label));
      if (kind) known.set(String(row.id), { kind, props: row.props as Record<string, unknown> });
    }
  }
  return (id) => known.get(id);
}
