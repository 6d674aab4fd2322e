/**
 * npm run model:generate — rewrites cypher/edges/by-node.cypher from the model (src/model/model.ts).
 * Run it after adding or removing a relationship type; the unit test fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EDGE_QUERY_FILE, edgesByNodeCypher } from '../src/model/edge-query.js';

const target = resolve(import.meta.dirname, '..', EDGE_QUERY_FILE);
writeFileSync(target, edgesByNodeCypher());
console.log(`wrote ${EDGE_QUERY_FILE}`);
