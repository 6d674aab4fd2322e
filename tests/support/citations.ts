/** What the seeded graph says an edge cites, read directly from Neo4j (tests of seed facts). */
import type { Database } from '../../src/db/database.js';

/** The "source locator" pairs the edge from → to of the given type cites. */
export async function edgeCitations(db: Database, from: string, type: string, to: string): Promise<string[]> {
  const rows = await db.readText(
    `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
     UNWIND range(0, size(r.citeSources) - 1) AS i RETURN r.citeSources[i] + ' ' + r.citeLocators[i] AS cite`,
    { from, type, to },
  );
  return rows.map((r) => String(r.cite));
}
