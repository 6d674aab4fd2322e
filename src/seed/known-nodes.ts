/**
 * The validator's KnownNodes lookup backed by the database: curation writes and bulk imports
 * check references against the nodes already stored, read inside the write's own transaction
 * so that what was checked is what the write sees.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { PREFIX_BY_LABEL } from '../model/model.js';
import type { KnownNode, KnownNodes } from '../model/validate.js';

/** The stored nodes with these ids, in one query (the node loader's statement). */
export async function lookupKnownNodes(db: Database, tx: ManagedTransaction, ids: string[]): Promise<KnownNodes> {
  const known = new Map<string, KnownNode>();
  if (ids.length > 0) {
    for (const row of await db.run(tx, 'nodes/by-ids', { ids })) {
      const kind = PREFIX_BY_LABEL.get(row.label);
      if (kind) known.set(row.id, { kind, props: row.props });
    }
  }
  return (id) => known.get(id);
}

/**
 * The ids entries refer to (edge ends, citation sources, a figure's subject), so they can be
 * looked up in one query. `ownIds` adds each entry's own id (a curation write checks the node it
 * changes); ids in `defined` (an import defines them itself) are left out.
 */
export function referencedIds(entries: Record<string, unknown>[], options: { ownIds?: boolean; defined?: ReadonlySet<unknown> } = {}): string[] {
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && !options.defined?.has(v)) ids.add(v);
  };
  for (const data of entries) {
    if (options.ownIds) add(data.id);
    add(data.from);
    add(data.to);
    add(data.about);
    if (Array.isArray(data.citations)) for (const c of data.citations) add((c as Record<string, unknown> | null)?.source);
  }
  return [...ids];
}
