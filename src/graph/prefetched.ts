/**
 * Views built from a planned read (nested-read-cypher.ts): the nodes of a list page with the
 * relationships the request selects already attached, so the relationship and end-node field
 * resolvers answer from memory instead of asking the DataLoaders. A node's relationships live in
 * a weak map beside the view; an edge's ends in its two end slots (views.ts), present on every
 * edge view so that its shape stays the same for every path (a weak map entry per edge cost a
 * profile request 0.02-0.05 ms, and its garbage collector more). A view without an attachment for
 * a field falls back to the loaders. A planned view holds only the properties its
 * own selection reads, so it is never put in the node loader's cache.
 */
import { farEndLabel } from '../model/model.js';
import type { NodePlan, PlannedEdgeRow, PlannedNodeRow, RelPlan } from './read-plan.js';
import { FROM_END, TO_END, toEdgeView, toNodeView, type EdgeView, type NodeView, type Props } from './views.js';

type Side = 'from' | 'to';

const edgesByField = new WeakMap<NodeView, Map<string, EdgeView[]>>();

/**
 * The views of one page's reads: a node the page reaches several times (an instrument under each
 * of its parties) is read again each time but its view is built once per plan, with the same
 * relationships (one statement, one snapshot), and shared.
 */
type SharedViews = Map<NodePlan, Map<string, NodeView>>;

/** The props of a node or edge from the values of its row, in the plan's order (read-plan.ts, PlannedNodeRow). */
function propsOf(row: unknown[], names: readonly string[]): Props {
  const props: Props = {};
  for (let i = 0; i < names.length; i++) props[names[i]!] = row[i];
  return props;
}

/** The nodes of a page from a planned read (rows as read-plan.ts lays them out), with their planned relationships attached. */
export function plannedNodeViews(label: string, rows: PlannedNodeRow[], plan: NodePlan): NodeView[] {
  const shared: SharedViews = new Map();
  return rows.map((row) => plannedNodeView(label, row, plan, shared));
}

function plannedNodeView(label: string, row: PlannedNodeRow, plan: NodePlan, shared: SharedViews): NodeView {
  const node = toNodeView(label, propsOf(row, plan.props), true);
  if (plan.rels.length > 0) {
    const byField = new Map<string, EdgeView[]>();
    for (let r = 0; r < plan.rels.length; r++) {
      const rel = plan.rels[r]!;
      const rows = (row[plan.props.length + r] as PlannedEdgeRow[] | null) ?? [];
      const edges = new Array<EdgeView>(rows.length);
      const reader = edgeReader(node.id, rel, shared);
      for (let i = 0; i < rows.length; i++) edges[i] = reader(rows[i]!);
      byField.set(rel.field, edges);
    }
    edgesByField.set(node, byField);
  }
  return node;
}

/** Reads the edges of one planned list of the node `nearId`; what depends on the plan alone is found once per list, not per edge. */
function edgeReader(nearId: string, rel: RelPlan, shared: SharedViews): (row: PlannedEdgeRow) => EdgeView {
  const at = rel.edgeProps.length;
  const out = rel.direction === 'out';
  const other = rel.other;
  if (!other) {
    return (row) => {
      const otherId = String(row[at]);
      return toEdgeView(rel.type, out ? nearId : otherId, out ? otherId : nearId, propsOf(row, rel.edgeProps), true);
    };
  }
  const fixedLabel = farEndLabel(rel.type, rel.direction);
  const idAt = other.props.indexOf('id');
  let views = shared.get(other);
  if (!views) shared.set(other, (views = new Map()));
  const farSide: Side = out ? 'to' : 'from';
  return (row) => {
    const label = (row[at] as string | null) ?? fixedLabel;
    const nodeRow = row[at + 1] as PlannedNodeRow;
    const otherId = String(nodeRow[idAt]);
    const edge = toEdgeView(rel.type, out ? nearId : otherId, out ? otherId : nearId, propsOf(row, rel.edgeProps), true);
    if (label) {
      // Ids are unique across kinds (the Entity id constraint).
      let node = views.get(otherId);
      if (!node) views.set(otherId, (node = plannedNodeView(label, nodeRow, other, shared)));
      attachEnd(edge, farSide, node);
    }
    return edge;
  };
}

/** The edges of a relationship field read with the node, or undefined: ask the loader. */
export function prefetchedEdges(node: NodeView, field: string): EdgeView[] | undefined {
  return edgesByField.get(node)?.get(field);
}

/** The node at one end of an edge read with it, or undefined: ask the loader. */
export function prefetchedEnd(edge: EdgeView, side: Side): NodeView | undefined {
  return side === 'from' ? edge[FROM_END] : edge[TO_END];
}

/**
 * Records `node`, read whole in the same row as `edge` (an analyst statement's `other`), as the
 * edge's `side` end, so the end's field resolver answers at once instead of through a promise.
 */
export function attachEnd(edge: EdgeView, side: Side, node: NodeView): void {
  if (side === 'from') edge[FROM_END] = node;
  else edge[TO_END] = node;
}
