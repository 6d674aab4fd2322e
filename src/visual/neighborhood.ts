/**
 * neighborhood(id, depth, relationshipTypes, kinds, limit) in one round-trip (graph/neighborhood):
 * the id check, a breadth-first walk hop by hop, then the nodes and the edges among them. Hop by
 * hop, not one variable-length MATCH, so the node cap stops the walk early instead of enumerating
 * every path (depth 3 from a treaty with 150 parties would be hundreds of thousands of paths).
 */
import type { RequestContext } from '../context.js';
import type { GraphView } from './graph-view.js';
import { EDGE_LIMIT, toGraphAmong } from './load-graph.js';

export interface NeighborhoodRequest {
  id: string;
  /** 1 to GRAPH_CAPS.depth: the statement has one hop per level of the cap */
  depth: number;
  /** Relationship types followed and shown (empty: all) */
  types: string[];
  /** Neo4j labels of the nodes reached (empty: all); the start node is always in */
  labels: string[];
  limit: number;
}

/** The neighbourhood, or null when no node has the id asked about (depth is at least 1). */
export async function neighborhood(ctx: RequestContext, request: NeighborhoodRequest): Promise<GraphView | null> {
  const [row] = await ctx.db.read('graph/neighborhood', {
    id: request.id,
    depth: request.depth,
    types: request.types,
    labels: request.labels,
    nodeLimit: request.limit,
    edgeLimit: EDGE_LIMIT,
  });
  if (!row!.startKnown) return null;
  const { missing: _gone, ...graph } = toGraphAmong(row!, row!.truncated);
  return graph;
}
