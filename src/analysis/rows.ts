/**
 * Turns the node and edge maps that analyst Cypher files return ({label, props} and
 * {type, from, to, props, other?}) into the views the type resolvers understand, priming the
 * request's node loader with every node a row already carries, so resolving the ends of
 * these edges costs no further round-trip; an edge's `other` end is also attached to it
 * (prefetched.ts), so its resolver returns it without a promise.
 */
import type { RequestContext } from '../context.js';
import type { EdgeRow, NodeRow } from '../db/queries/index.js';
import { attachEnd } from '../graph/prefetched.js';
import { toEdgeView, toNodeView, type EdgeView, type NodeView } from '../graph/views.js';

export function nodeOfRow(ctx: RequestContext, row: NodeRow): NodeView {
  const view = toNodeView(row.label, row.props);
  ctx.loaders.node.prime(view.id, view);
  return view;
}

export function edgeOfRow(ctx: RequestContext, row: EdgeRow): EdgeView {
  const edge = toEdgeView(row.type, row.from, row.to, row.props);
  if (row.other) {
    const other = nodeOfRow(ctx, row.other);
    attachEnd(edge, other.id === row.to ? 'to' : 'from', other);
  }
  return edge;
}

export function edgesOfRows(ctx: RequestContext, rows: EdgeRow[] | null | undefined): EdgeView[] {
  return (rows ?? []).map((row) => edgeOfRow(ctx, row));
}
