/**
 * cypher/edges/by-node.cypher spells out one branch per relationship type and direction (a
 * static type lets Neo4j read only that type's relationships of a dense node). It is generated
 * from the model (src/model/edge-query.ts); these checks keep the file current and its
 * branches in step with the relationship fields the API offers, so a new field cannot silently
 * get empty lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_FIELDS } from '../../src/graph/schema-map.js';
import { cypher, cypherDir } from '../../src/db/query-registry.js';
import { RELATIONSHIPS } from '../../src/model/model.js';
import { EDGE_QUERY_FILE, edgesByNodeCypher } from '../../src/model/edge-query.js';

const text = cypher('edges/by-node');
const BRANCH =
  /UNWIND \[k IN \$keys WHERE k\.type = '(\w+)' AND k\.direction = '(out|in)'\] AS key\s+MATCH \(n:Entity \{id: key\.id\}\)(-\[r:(\w+)\]->|<-\[r:(\w+)\]-)\(m\)/g;
const branches = [...text.matchAll(BRANCH)].map((m) => ({
  keyType: m[1]!,
  keyDirection: m[2]!,
  matchType: m[4] ?? m[5]!,
  matchDirection: m[4] ? 'out' : 'in',
}));

describe('edges/by-node branches', () => {
  it('the file is what the model generates', () => {
    const file = readFileSync(path.join(cypherDir, '..', EDGE_QUERY_FILE), 'utf8');
    expect(file === edgesByNodeCypher(), `${EDGE_QUERY_FILE} is out of date with src/model/model.ts: run \`npm run model:generate\``).toBe(true);
  });

  it('each branch matches the type and direction its key filter selects', () => {
    expect(branches.length).toBeGreaterThan(0);
    for (const b of branches) expect([b.matchType, b.matchDirection]).toEqual([b.keyType, b.keyDirection]);
  });

  it('has exactly one branch per relationship type and direction of the model', () => {
    const expected = Object.keys(RELATIONSHIPS)
      .flatMap((type) => [`${type} out`, `${type} in`])
      .sort();
    expect(branches.map((b) => `${b.keyType} ${b.keyDirection}`).sort()).toEqual(expected);
  });

  it('covers every relationship field of the API', () => {
    const covered = new Set(branches.map((b) => `${b.keyType} ${b.keyDirection}`));
    for (const [typeName, fields] of Object.entries(RELATIONSHIP_FIELDS)) {
      for (const [field, rel] of Object.entries(fields)) {
        expect(covered.has(`${rel.type} ${rel.direction}`), `${typeName}.${field}`).toBe(true);
      }
    }
  });

  it('uses no dynamic relationship type', () => {
    expect(text).not.toMatch(/\$\(/);
  });
});
