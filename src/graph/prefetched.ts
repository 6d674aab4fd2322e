/**
 * Views built from a planned read (nested-read-cypher.ts): the nodes of a list page with the
 * relationships the request selects already attached, so the relationship and end-node field
 * resolvers answer from memory instead of asking the DataLoaders. The attachments live in weak
 * maps beside the views (a view's shape stays the same for every path); a view without an
 * attachment for a field falls back to the loaders. A planned view holds only the properties its
 * own selection reads, so it is never put in the node loader's cache.
 */
import { farEndLabel } from '../model/model.js';
import type { NodePlan, RelPlan } from './read-plan.js';
import { toEdgeView, toNodeView, type EdgeView, type NodeView, type Props } from './views.js';

/** A node as the planned statement returns it. */
export interface PlannedNodeRow {
  props: Props;
  rels: Record<string, PlannedEdgeRow[]>;
}

/**
 * An edge as the planned statement returns it: the other end's node when the plan reads it (its
 * label too where the model allows several kinds there), else the other end's id. The near end
 * is the node the edge was read from.
 */
export interface PlannedEdgeRow {
  props: Props;
  otherId?: string;
  label?: string | null;
  node?: PlannedNodeRow | null;
}

type Side = 'from' | 'to';

const edgesByField = new WeakMap<NodeView, Map<string, EdgeView[]>>();
const otherEnds = new WeakMap<EdgeView, { side: Side; node: NodeView }>();

export function plannedNodeView(label: string, row: PlannedNodeRow, plan: NodePlan): NodeView {
  const node = toNodeView(label, row.props);
  if (plan.rels.length > 0) {
    const byField = new Map<string, EdgeView[]>();
    for (const rel of plan.rels) {
      const rows = row.rels[rel.field] ?? [];
      const edges = new Array<EdgeView>(rows.length);
      for (let i = 0; i < rows.length; i++) edges[i] = plannedEdgeView(node.id, rel, rows[i]!);
      byField.set(rel.field, edges);
    }
    edgesByField.set(node, byField);
  }
  return node;
}

function plannedEdgeView(nearId: string, rel: RelPlan, row: PlannedEdgeRow): EdgeView {
  const otherId = String(row.node ? row.node.props.id : row.otherId);
  const edge = rel.direction === 'out' ? toEdgeView(rel.type, nearId, otherId, row.props) : toEdgeView(rel.type, otherId, nearId, row.props);
  const label = row.label ?? farEndLabel(rel.type, rel.direction);
  if (rel.other && row.node && label) {
    otherEnds.set(edge, { side: rel.direction === 'out' ? 'to' : 'from', node: plannedNodeView(label, row.node, rel.other) });
  }
  return edge;
}

/** The edges of a relationship field read with the node, or undefined: ask the loader. */
export function prefetchedEdges(node: NodeView, field: string): EdgeView[] | undefined {
  return edgesByField.get(node)?.get(field);
}

/** The node at one end of an edge read with it, or undefined: ask the loader. */
export function prefetchedEnd(edge: EdgeView, side: Side): NodeView | undefined {
  const end = otherEnds.get(edge);
  return end?.side === side ? end.node : undefined;
}

/**
 * Records `node`, read whole in the same row as `edge` (an analyst statement's `other`), as the
 * edge's `side` end, so the end's field resolver answers at once instead of through a promise.
 */
export function attachEnd(edge: EdgeView, side: Side, node: NodeView): void {
  otherEnds.set(edge, { side, node });
}
