/**
 * Reads the parts every graph-shaped answer is made of: whole nodes by id (through the
 * request's node loader, one query per batch) and the edges among a set of nodes, capped.
 */
import type { RequestContext } from '../context.js';
import { toEdgeView, type EdgeView, type NodeView } from '../graph/views.js';
import { GRAPH_CAPS } from '../graphql/graph-caps.js';
import type { GraphView } from './graph-view.js';

/** Nodes in the order of ids; an id that is not (or no longer) in the graph is left out. */
export async function loadNodes(ctx: RequestContext, ids: readonly string[]): Promise<NodeView[]> {
  const loaded = await ctx.loaders.node.loadMany([...ids]);
  return loaded.filter((n): n is NodeView => n !== null && !(n instanceof Error));
}

/** Edges with both ends in ids (of the given types; empty: all), at most the edge cap. */
export async function edgesAmong(ctx: RequestContext, ids: readonly string[], types: readonly string[]): Promise<{ edges: EdgeView[]; truncated: boolean }> {
  if (ids.length === 0) return { edges: [], truncated: false };
  const rows = await ctx.db.read('graph/edges-among', { ids: [...ids], types: [...types], limit: GRAPH_CAPS.edges + 1 });
  const edges = rows.map((r) => toEdgeView(r.type, r.from, r.to, r.props));
  const truncated = edges.length > GRAPH_CAPS.edges;
  return { edges: truncated ? edges.slice(0, GRAPH_CAPS.edges) : edges, truncated };
}

/**
 * The nodes with these distinct ids and the edges among them: neighborhood and subgraph both
 * end here. truncated says whether the caller's own cap already cut the node set.
 */
export async function graphAmong(ctx: RequestContext, ids: readonly string[], types: readonly string[], truncated = false): Promise<GraphView> {
  const nodes = await loadNodes(ctx, ids);
  const among = await edgesAmong(ctx, ids, types);
  return { nodes, edges: among.edges, truncated: truncated || among.truncated };
}
