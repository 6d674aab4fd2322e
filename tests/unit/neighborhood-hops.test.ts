/**
 * cypher/graph/neighborhood.cypher walks a neighbourhood in one statement with one
 * fragments/neighborhood-hop per level of the depth cap, so a depth the API accepts is walked in
 * full: a cap raised without a hop added would answer depth 4 as depth 3, silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_CAPS } from '../../src/graphql/graph-caps.js';
import { cypherDir } from '../../src/db/query-registry.js';

describe('graph/neighborhood', () => {
  it('has one hop per level of the depth cap', () => {
    const text = fs.readFileSync(path.join(cypherDir, 'graph', 'neighborhood.cypher'), 'utf8');
    const hops = text.split('\n').filter((line) => line.trim() === '@include(neighborhood-hop)');
    expect(hops).toHaveLength(GRAPH_CAPS.depth);
  });
});
