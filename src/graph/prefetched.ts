/**
 * Views built from a planned read (nested-read-cypher.ts): the nodes of a list page with the
 * relationships the request selects already attached, so the relationship and end-node field
 * resolvers answer from memory instead of asking the DataLoaders. The attachments live in weak
 * maps beside the views (a view's shape stays the same for every path); a view without an
 * attachment for a field falls back to the loaders. A planned view holds only the properties its
 * own selection reads, so it is never put in the node loader's cache.
 */
import { farEndLabel } from '../model/model.js';
import type { NodePlan, PlannedEdgeRow, PlannedNodeRow, RelPlan } from './read-plan.js';
import { toEdgeView, toNodeView, type EdgeView, type NodeView, type Props } from './views.js';

type Side = 'from' | 'to';

const edgesByField = new WeakMap<NodeView, Map<string, EdgeView[]>>();
const otherEnds = new WeakMap<EdgeView, { side: Side; node: NodeView }>();

/** The props of a node or edge from the values of its row, in the plan's order (read-plan.ts, PlannedNodeRow). */
function propsOf(row: unknown[], names: readonly string[]): Props {
  const props: Props = {};
  for (let i = 0; i < names.length; i++) props[names[i]!] = row[i];
  return props;
}

/** A node of a planned read (a row as read-plan.ts lays it out), with its planned relationships attached. */
export function plannedNodeView(label: string, row: PlannedNodeRow, plan: NodePlan): NodeView {
  const node = toNodeView(label, propsOf(row, plan.props), true);
  if (plan.rels.length > 0) {
    const byField = new Map<string, EdgeView[]>();
    for (let r = 0; r < plan.rels.length; r++) {
      const rel = plan.rels[r]!;
      const rows = (row[plan.props.length + r] as PlannedEdgeRow[] | null) ?? [];
      const edges = new Array<EdgeView>(rows.length);
      // Found once per list, not per edge.
      const fixedLabel = rel.other ? farEndLabel(rel.type, rel.direction) : undefined;
      for (let i = 0; i < rows.length; i++) edges[i] = plannedEdgeView(node.id, rel, fixedLabel, rows[i]!);
      byField.set(rel.field, edges);
    }
    edgesByField.set(node, byField);
  }
  return node;
}

function plannedEdgeView(nearId: string, rel: RelPlan, fixedLabel: string | undefined, row: PlannedEdgeRow): EdgeView {
  const props = propsOf(row, rel.edgeProps);
  const at = rel.edgeProps.length;
  let other: NodeView | undefined;
  let otherId: string;
  if (rel.other) {
    const label = (row[at] as string | null) ?? fixedLabel;
    const nodeRow = row[at + 1] as PlannedNodeRow;
    if (label) other = plannedNodeView(label, nodeRow, rel.other);
    otherId = other ? other.id : String(nodeRow[rel.other.props.indexOf('id')]);
  } else otherId = String(row[at]);
  const edge = rel.direction === 'out' ? toEdgeView(rel.type, nearId, otherId, props, true) : toEdgeView(rel.type, otherId, nearId, props, true);
  if (other) otherEnds.set(edge, { side: rel.direction === 'out' ? 'to' : 'from', node: other });
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
