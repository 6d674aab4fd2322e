/**
 * Counts plus a hash of every node's labels and properties and every relationship's type, ends
 * and properties, sorted: any write changes it, and the same graph loaded twice (different
 * internal ids, different creation order) gives the same hash.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';

export async function graphSnapshot(db: Database): Promise<{ nodes: number; relationships: number; hash: string }> {
  const [row] = await db.readText(
    `CALL { MATCH (n) RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS np }
     CALL { MATCH (a)-[r]->(b) RETURN count(r) AS rels, collect([type(r), a.id, b.id, properties(r)]) AS rp }
     RETURN nodes, rels, np, rp`,
  );
  // Sorted as JSON text, so the order Neo4j happens to return does not matter.
  const sorted = (items: unknown) => (items as unknown[]).map((i) => JSON.stringify(i, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v))).sort();
  return {
    nodes: Number(row!.nodes),
    relationships: Number(row!.rels),
    hash: createHash('sha256').update(JSON.stringify([sorted(row!.np), sorted(row!.rp)])).digest('hex'),
  };
}
