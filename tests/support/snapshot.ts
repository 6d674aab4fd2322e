/**
 * The graph's content as counts plus a hash: every entity (labels and properties) and every
 * relationship between entities (type, ends and properties), in id order with keys sorted,
 * so any write shows and a revert that restores the state gives the same hash. Audit records
 * and API keys are not entities and are left out.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { canonicalJson } from '../../src/curation/canonical.js';

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  hash: string;
}

export async function snapshotGraph(db: Database): Promise<GraphSnapshot> {
  const [row] = await db.readText(
    `CALL { MATCH (n:Entity) WITH n ORDER BY n.id RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS np }
     CALL { MATCH (a:Entity)-[r]->(b:Entity) WITH a, r, b ORDER BY r.id, type(r), a.id, b.id
            RETURN count(r) AS rels, collect([type(r), a.id, b.id, properties(r)]) AS rp }
     RETURN nodes, rels, np, rp`,
  );
  const labelsSorted = (row!.np as [string[], unknown][]).map(([labels, props]) => [[...labels].sort(), props]);
  return {
    nodes: Number(row!.nodes),
    relationships: Number(row!.rels),
    hash: createHash('sha256').update(canonicalJson([labelsSorted, row!.rp])).digest('hex'),
  };
}
