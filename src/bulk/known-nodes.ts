/**
 * The validator checks references against the input and a KnownNodes lookup; for an import
 * into a populated graph that lookup is the database. Only the ids the input refers to and
 * does not define are fetched, in one query, inside the import's own transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { cypher } from '../db/query-registry.js';
import { KINDS } from '../seed/model.js';
import type { KnownNode, KnownNodes, RawEntry } from '../seed/validate.js';

const KIND_BY_LABEL = new Map(Object.entries(KINDS).map(([kind, spec]) => [spec.label, kind]));

/** Ids the entries refer to (edge ends, citation sources, a figure's subject) but do not define. */
export function referencedIds(nodes: RawEntry[], relationships: RawEntry[]): string[] {
  const defined = new Set(nodes.map((n) => n.data.id));
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && !defined.has(v)) ids.add(v);
  };
  for (const { data } of [...nodes, ...relationships]) {
    add(data.from);
    add(data.to);
    add(data.about);
    if (Array.isArray(data.citations)) for (const c of data.citations) add((c as Record<string, unknown> | null)?.source);
  }
  return [...ids];
}

export async function lookupKnownNodes(db: Database, tx: ManagedTransaction, ids: string[]): Promise<KnownNodes> {
  const known = new Map<string, KnownNode>();
  if (ids.length > 0) {
    // The node loader's statement: every domain node carries :Entity and its one kind label.
    for (const row of await db.run(tx, cypher('nodes/by-ids'), { ids })) {
      const kind = KIND_BY_LABEL.get(String(row.label));
      if (kind) known.set(String(row.id), { kind, props: row.props as Record<string, unknown> });
    }
  }
  return (id) => known.get(id);
}
