/**
 * Reads the nodes and the capped edges among them in one statement (graph/among): what subgraph
 * (and so exportGraph of a selection) ends with; graph/neighborhood answers in the same shape.
 */
import type { RequestContext } from '../context.js';
import type { AmongRow } from '../db/queries/rows.js';
import { toEdgeView, toNodeView, type NodeView } from '../graph/views.js';
import { GRAPH_CAPS } from '../graphql/graph-caps.js';
import type { GraphView } from './graph-view.js';

/** A graph, and the ids asked for that no node has (in the order asked). */
export interface GraphAmong extends GraphView {
  missing: string[];
}

/** The statements' edge limit: one more than the cap, to know whether the cap cut the edges. */
export const EDGE_LIMIT = GRAPH_CAPS.edges + 1;

/**
 * The nodes with these distinct ids (in that order) and the edges among them (of the given
 * types; empty: all), at most the edge cap, in one round-trip: subgraph ends here.
 */
export async function graphAmong(ctx: RequestContext, ids: readonly string[], types: readonly string[]): Promise<GraphAmong> {
  if (ids.length === 0) return { nodes: [], edges: [], truncated: false, missing: [] };
  const [row] = await ctx.db.read('graph/among', { ids: [...ids], types: [...types], limit: EDGE_LIMIT });
  return toGraphAmong(row!, false);
}

/**
 * A row of graph/among (or graph/neighborhood) as a graph: the edges cut to the cap. truncated says
 * whether the caller's own cap already cut the node set.
 */
export function toGraphAmong(row: AmongRow, truncated: boolean): GraphAmong {
  const nodes: NodeView[] = [];
  const missing: string[] = [];
  for (const n of row.nodes) {
    if (n.label === null || n.props === null) missing.push(n.id);
    else nodes.push(toNodeView(n.label, n.props));
  }
  const edges = row.edges.map((r) => toEdgeView(r.type, r.from, r.to, r.props));
  const cut = edges.length > GRAPH_CAPS.edges;
  return { nodes, edges: cut ? edges.slice(0, GRAPH_CAPS.edges) : edges, truncated: truncated || cut, missing };
}
