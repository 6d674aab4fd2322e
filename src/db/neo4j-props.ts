/**
 * Property maps on their way into Neo4j. Shared by the seed writer, curation mutations and
 * bulk import so that a value written by any path compares equal to the same value from another.
 */
import neo4j from 'neo4j-driver';
import type { PropValue } from '../model/validate.js';

/** Whole numbers go to Neo4j as integers (the driver would send every JS number as a float). */
export function toNeo4jProps(props: Record<string, PropValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  return out;
}
