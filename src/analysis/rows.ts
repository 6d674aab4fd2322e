/**
 * Turns the node and edge maps that analyst Cypher files return ({label, props} and
 * {type, from, to, props, other?}) into the views the type resolvers understand, priming the
 * request's node loader with every node a row already carries, so resolving the ends of
 * these edges costs no further round-trip; an edge's `other` end is also attached to it
 * (prefetched.ts), so its resolver returns it without a promise.
 */
import type { RequestContext } from '../context.js';
import type { EdgeRow, NodeRow, SlimEdgeRow } from '../db/queries/index.js';
import { attachEnd } from '../graph/prefetched.js';
import { toEdgeView, toNodeView, type EdgeView, type NodeView, type Props } from '../graph/views.js';

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

/**
 * Edges whose other end holds the properties named by `fields` (the statement's `values`, in that
 * order), or all of them when `fields` is null. A partial end is attached to its edge only, never
 * put in the node loader's cache, where another field of the request could find it short.
 */
export function slimEdgesOfRows(ctx: RequestContext, rows: SlimEdgeRow[], fields: readonly string[] | null): EdgeView[] {
  const edges = new Array<EdgeView>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const edge = toEdgeView(row.type, row.from, row.to, row.props);
    const { label, props, values } = row.other;
    let other: NodeView;
    if (fields === null) other = nodeOfRow(ctx, { label, props: props ?? {} });
    else {
      const picked: Props = {};
      for (let k = 0; k < fields.length; k++) if (values[k] !== null && values[k] !== undefined) picked[fields[k]!] = values[k];
      other = toNodeView(label, picked);
    }
    attachEnd(edge, other.id === row.to ? 'to' : 'from', other);
    edges[i] = edge;
  }
  return edges;
}
