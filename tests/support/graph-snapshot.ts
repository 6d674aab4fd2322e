/**
 * Counts plus a hash of every node's labels and properties and every relationship's type, ends
 * and properties, sorted: any write changes it, and the same graph loaded twice (different
 * internal ids, different creation order) gives the same hash.
 *
 * Scope 'database' (default) takes every node, audit records and API keys included: "a refused
 * write changed nothing, not even the audit trail"; the graph version is left out, since every
 * committed write transaction advances it, a re-load of the same values too (src/db/database.ts). Scope 'entities' takes only the domain
 * graph: "a revert restored the content" (the revert itself adds an audit record).
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { canonicalJson } from '../../src/audit/canonical.js';

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  hash: string;
}

export type SnapshotScope = 'database' | 'entities';

export async function graphSnapshot(db: Database, scope: SnapshotScope = 'database'): Promise<GraphSnapshot> {
  const [row] = await db.readText(
    `CALL { MATCH (n) WHERE ($all AND NOT n:GraphVersion) OR n:Entity RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS np }
     CALL { MATCH (a)-[r]->(b) WHERE $all OR (a:Entity AND b:Entity)
            RETURN count(r) AS rels, collect([type(r), a.id, b.id, properties(r)]) AS rp }
     RETURN nodes, rels, np, rp`,
    { all: scope === 'database' },
  );
  // Labels sorted, keys sorted, items sorted as text: the order Neo4j happens to return does not matter.
  const np = (row!.np as [string[], unknown][]).map(([labels, props]) => canonicalJson([[...labels].sort(), props])).sort();
  const rp = (row!.rp as unknown[]).map((r) => canonicalJson(r)).sort();
  return {
    nodes: Number(row!.nodes),
    relationships: Number(row!.rels),
    hash: createHash('sha256')
      .update(JSON.stringify([np, rp]))
      .digest('hex'),
  };
}
