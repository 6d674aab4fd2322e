/**
 * Reads the nodes and the capped edges among them in one statement (graph/among): what
 * neighborhood and subgraph (and so exportGraph) end with.
 */
import type { RequestContext } from '../context.js';
import { toEdgeView, toNodeView, type NodeView } from '../graph/views.js';
import { GRAPH_CAPS } from '../graphql/graph-caps.js';
import type { GraphView } from './graph-view.js';

/** A graph, and the ids asked for that no node has (in the order asked). */
export interface GraphAmong extends GraphView {
  missing: string[];
}

/**
 * The nodes with these distinct ids (in that order) and the edges among them (of the given
 * types; empty: all), at most the edge cap, in one round-trip: neighborhood and subgraph both end
 * here. truncated says whether the caller's own cap already cut the node set.
 */
export async function graphAmong(ctx: RequestContext, ids: readonly string[], types: readonly string[], truncated = false): Promise<GraphAmong> {
  if (ids.length === 0) return { nodes: [], edges: [], truncated, missing: [] };
  const [row] = await ctx.db.read('graph/among', { ids: [...ids], types: [...types], limit: GRAPH_CAPS.edges + 1 });
  const nodes: NodeView[] = [];
  const missing: string[] = [];
  for (const n of row!.nodes) {
    if (n.label === null || n.props === null) missing.push(n.id);
    else nodes.push(toNodeView(n.label, n.props));
  }
  const edges = row!.edges.map((r) => toEdgeView(r.type, r.from, r.to, r.props));
  const cut = edges.length > GRAPH_CAPS.edges;
  return { nodes, edges: cut ? edges.slice(0, GRAPH_CAPS.edges) : edges, truncated: truncated || cut, missing };
}
