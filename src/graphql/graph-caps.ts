/**
 * Hard caps on graph-shaped answers. They bound what one request may cost Neo4j and what the
 * explorer page must draw: docs/explorer.md records the measurements they were chosen from
 * (the page stays responsive up to about 500 nodes and 2,000 edges on a 2-core machine).
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';

export const GRAPH_CAPS = {
  /** Nodes in one answer (neighborhood limit, subgraph ids). */
  nodes: 500,
  /** Edges in one answer; beyond it the answer is cut and marked truncated. */
  edges: 2000,
  /**
   * Hops of a neighborhood: depth 3 from a treaty already reaches most of the graph.
   * cypher/graph/neighborhood.cypher has one hop per level (tests/unit/neighborhood-hops.test.ts).
   */
  depth: 3,
  /** Relationships on one path (the Cypher search is bounded by the same number). */
  pathLength: 6,
  /** Paths in one paths answer (the Cypher file asks SHORTEST 20). */
  paths: 20,
} as const;

/** An integer argument within [min, max], or BAD_USER_INPUT naming the argument and the cap. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GraphQLError(`${argument}: must be between ${min} and ${max}, got ${value}`, {
      extensions: { code: ErrorCode.BadUserInput, argument, min, max },
    });
  }
  return value;
}
