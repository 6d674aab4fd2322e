/**
 * neighborhood(id, depth, relationshipTypes, kinds, limit): breadth-first, one query per hop (the
 * first also checks the id), then one for the nodes and the edges among them,
 * so the node cap stops the walk early instead of enumerating every path (depth 3 from a
 * treaty with 150 parties would be hundreds of thousands of paths in one variable-length MATCH).
 */
import type { RequestContext } from '../context.js';
import type { GraphView } from './graph-view.js';
import { graphAmong } from './load-graph.js';

export interface NeighborhoodRequest {
  id: string;
  depth: number;
  /** Relationship types followed and shown (empty: all) */
  types: string[];
  /** Neo4j labels of the nodes reached (empty: all); the start node is always in */
  labels: string[];
  limit: number;
}

/** The neighbourhood, or null when no node has the id asked about (depth is at least 1). */
export async function neighborhood(ctx: RequestContext, request: NeighborhoodRequest): Promise<GraphView | null> {
  const ids = [request.id];
  let frontier = [request.id];
  let truncated = false;
  for (let hop = 0; hop < request.depth && frontier.length > 0 && !truncated; hop++) {
    const room = request.limit - ids.length;
    // One more than there is room for tells whether the cap cut this hop.
    const rows = await ctx.db.read('graph/expand', { frontier, types: request.types, labels: request.labels, seen: ids, limit: room + 1 });
    if (hop === 0 && !rows[0]?.startKnown) return null;
    const found = rows.flatMap((r) => (r.id === null ? [] : [r.id]));
    truncated = found.length > room;
    frontier = found.slice(0, room);
    ids.push(...frontier);
  }
  const { missing: _gone, ...graph } = await graphAmong(ctx, ids, request.types, truncated);
  return graph;
}
