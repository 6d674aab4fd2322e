/**
 * Counts plus a hash of every node's labels and properties and every relationship's type, ends
 * and properties, in id order: any write changes it, and the same graph loaded twice (different
 * internal ids) gives the same hash.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';

export async function graphSnapshot(db: Database): Promise<{ nodes: number; relationships: number; hash: string }> {
  const [row] = await db.readText(
    `CALL { MATCH (n) WITH n ORDER BY n.id, n.version
            RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS np }
     CALL { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.id, a.id, b.id, type(r)
            RETURN count(r) AS rels, collect([type(r), a.id, b.id, properties(r)]) AS rp }
     RETURN nodes, rels, np, rp`,
  );
  return {
    nodes: Number(row!.nodes),
    relationships: Number(row!.rels),
    hash: createHash('sha256').update(JSON.stringify([row!.np, row!.rp])).digest('hex'),
  };
}
