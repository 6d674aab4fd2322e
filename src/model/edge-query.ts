/**
 * Writes cypher/edges/by-node.cypher from the model: one branch per relationship type and
 * direction. `npm run model:generate` writes the file; tests/unit/edge-query-branches.test.ts
 * fails when the file differs from what this returns (a relationship type added to the model
 * without regenerating would get empty lists).
 */
import { RELATIONSHIPS } from './model.js';

export const EDGE_QUERY_FILE = 'cypher/edges/by-node.cypher';

const HEADER = `// GENERATED from src/model/model.ts by \`npm run model:generate\` (src/model/edge-query.ts): do not edit.
// Batch lookup of relationships of one type, in one direction, for many nodes: one query per
// DataLoader batch, whatever mix of nodes, types and directions the batch holds.
// key: {id, type, direction: 'out' | 'in'}. Returns one row per edge with the node at the other
// end, so the caller can prime its node cache. Ordered by the other node's name for stable lists.
//
// Why one branch per relationship type and direction, written out: with a dynamic type
// (-[r:$(key.type)]->) Neo4j expands every relationship of the node and filters afterwards, so an
// instrument's 5 monitoring edges cost as much as its thousands of ratifications. A static type
// lets it read only that type's relationships. The branches cover the model's relationship types;
// a key of any other type matches no branch and gets no edges.
`;

const FOOTER = `RETURN key.id AS nodeId, key.type AS type, key.direction AS direction,
       startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS edgeProps,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS otherLabel, properties(m) AS otherProps
ORDER BY nodeId, coalesce(m.name, m.title), r.id
`;

function branch(type: string, direction: 'out' | 'in'): string {
  const pattern = direction === 'out' ? `-[r:${type}]->` : `<-[r:${type}]-`;
  return [
    `  UNWIND [k IN $keys WHERE k.type = '${type}' AND k.direction = '${direction}'] AS key`,
    `  MATCH (n:Entity {id: key.id})${pattern}(m)`,
    `  RETURN key, r, m`,
  ].join('\n');
}

/** The text of cypher/edges/by-node.cypher for the model's relationship types. */
export function edgesByNodeCypher(types: readonly string[] = Object.keys(RELATIONSHIPS)): string {
  if (types.some((t) => !/^[A-Z][A-Z_]*$/.test(t))) throw new Error(`relationship types must be UPPER_SNAKE: ${types.join(', ')}`);
  const branches = types.flatMap((type) => [branch(type, 'out'), branch(type, 'in')]);
  return `${HEADER}CALL () {\n${branches.join('\n  UNION ALL\n')}\n}\n${FOOTER}`;
}
