/** paths(from, to, maxLength, relationshipTypes, limit): shortest first, then alternatives, as one graph. */
import type { RequestContext } from '../context.js';
import { answeredRows } from '../analysis/require-node.js';
import { toEdgeView, toNodeView } from '../graph/views.js';
import { GraphBuilder, type GraphView } from './graph-view.js';

export interface PathsRequest {
  from: string;
  to: string;
  maxLength: number;
  types: string[];
  limit: number;
}

export interface PathIds {
  length: number;
  nodeIds: string[];
  edgeIds: string[];
}

/**
 * The statement checks from and to itself: an unknown id throws NOT_FOUND naming it. When from and
 * to are the same node it searches nothing; the caller refuses that question after the check.
 */
export async function paths(ctx: RequestContext, request: PathsRequest): Promise<{ graph: GraphView; paths: PathIds[] }> {
  const rows = answeredRows(await ctx.db.read('graph/paths', { ...request }), 'length');
  const builder = new GraphBuilder();
  const found = rows.map((row): PathIds => {
    const nodes = row.nodes.map((n) => toNodeView(n.label, n.props));
    const edges = row.edges.map((e) => toEdgeView(e.type, e.from, e.to, e.props));
    nodes.forEach((n) => builder.addNode(n));
    edges.forEach((e) => builder.addEdge(e));
    return { length: row.length, nodeIds: nodes.map((n) => n.id), edgeIds: edges.map((e) => e.id) };
  });
  return { graph: builder.build(), paths: found };
}
