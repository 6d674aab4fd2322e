/**
 * Turns the node and edge maps that analyst Cypher files return ({label, props} and
 * {type, from, to, props, other?}) into the views the type resolvers understand, priming the
 * request's node loader with every node a row already carries, so resolving the ends of
 * these edges costs no further round-trip; an edge's `other` end is also attached to it
 * (prefetched.ts), so its resolver returns it without a promise.
 */
import type { RequestContext } from '../context.js';
import type { EdgeRow, NodeRow, ProjectedPart } from '../db/queries/index.js';
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
 * The properties of a projected part (ProjectedPart): its one map when `fields` is null, else
 * those of `fields` it holds (a missing property comes back null, as properties() leaves it out).
 */
export function propsOfPart(part: ProjectedPart, fields: readonly string[] | null): Props {
  if (fields === null) return (part[0] as Props | undefined) ?? {};
  const picked: Props = {};
  for (let k = 0; k < fields.length; k++) {
    const value = part[k];
    if (value !== null && value !== undefined) picked[fields[k]!] = value;
  }
  return picked;
}

/**
 * A node read with `fields` (null: whole). Only a whole node goes in the node loader's cache; a
 * partial one, where another field of the request could find it short, is returned only.
 */
export function projectedNodeOfPart(ctx: RequestContext, label: string, part: ProjectedPart, fields: readonly string[] | null): NodeView {
  const props = propsOfPart(part, fields);
  return fields === null ? nodeOfRow(ctx, { label, props }) : toNodeView(label, props);
}
