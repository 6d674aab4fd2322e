/**
 * The validator's KnownNodes lookup backed by the database: curation writes and bulk imports
 * check references against the nodes already stored, read inside the write's own transaction
 * so that what was checked is what the write sees.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { KINDS } from '../model/model.js';
import type { KnownNode, KnownNodes } from '../model/validate.js';

const KIND_BY_LABEL = new Map(Object.entries(KINDS).map(([kind, spec]) => [spec.label, kind]));

/** The stored nodes with these ids, in one query (the node loader's statement). */
export async function lookupKnownNodes(db: Database, tx: ManagedTransaction, ids: string[]): Promise<KnownNodes> {
  const known = new Map<string, KnownNode>();
  if (ids.length > 0) {
    for (const row of await db.run(tx, 'nodes/by-ids', { ids })) {
      const kind = KIND_BY_LABEL.get(row.label);
      if (kind) known.set(row.id, { kind, props: row.props });
    }
  }
  return (id) => known.get(id);
}
