/**
 * Reads one page of a root list. When the request reads relationships of the listed nodes, one
 * statement returns the page with them, nested as selected (selection-plan.ts,
 * src/graph/nested-read-cypher.ts), and with the nodes the filter's ids name, so a nested listing
 * is one round-trip. Otherwise the list's own file, after the id checks; its full nodes also fill
 * the node loader's cache.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { notFound, requireNode, wrongKind } from '../analysis/require-node.js';
import type { RequestContext } from '../context.js';
import type { QueryName } from '../db/queries/index.js';
import { listStatementWithPlan } from '../graph/nested-read-cypher.js';
import { plannedNodeViews } from '../graph/prefetched.js';
import type { PlannedNodeRow } from '../graph/read-plan.js';
import { toNodeView, type NodeView } from '../graph/views.js';
import { planListNodes } from './selection-plan.js';

/** A filter argument holding an id: it must name an existing node of one of these labels (any when empty). */
export interface IdCheck {
  argument: string;
  id: string;
  labels: string[];
}

export interface PageArgs {
  sortField: string | undefined;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface ListPage {
  nodes: NodeView[];
  totalCount: number;
}

export async function readListPage(
  ctx: RequestContext,
  list: { query: Extract<QueryName, `lists/${string}`>; label: string },
  filters: Record<string, unknown>,
  checks: IdCheck[],
  page: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ListPage> {
  const plan = planListNodes(info);
  if (plan && plan.rels.length > 0) {
    const rows = await ctx.db.readText(listStatementWithPlan(list.query, plan), {
      ...filters,
      ...page,
      checkIds: checks.map((c) => c.id),
      // One list longer than the whole result budget fails the request anyway (RESULT_TOO_LARGE).
      maxRelationships: ctx.budget.limit + 1,
    });
    // One row per node of the page (one with a null node when the page is empty); every row has the same totalCount and found.
    checkFound(checks, rows[0]!.found as { id: string; label: string }[]);
    const nodeRows: PlannedNodeRow[] = [];
    for (const row of rows) if (row.node) nodeRows.push(row.node as PlannedNodeRow);
    return { nodes: plannedNodeViews(list.label, nodeRows, plan), totalCount: rows[0]!.totalCount as number };
  }
  await Promise.all(checks.map((c) => requireNode(ctx, c.argument, c.id, c.labels.length ? c.labels : undefined)));
  const [row] = await ctx.db.read(list.query, { ...filters, ...page });
  const nodes = row!.page.map((props) => toNodeView(list.label, props));
  for (const node of nodes) ctx.loaders.node.prime(node.id, node);
  return { nodes, totalCount: row!.totalCount };
}

/** The same errors as requireNode, from the nodes the statement found. */
function checkFound(checks: IdCheck[], found: { id: string; label: string }[]): void {
  const labelOf = new Map(found.map((f) => [f.id, f.label]));
  for (const check of checks) {
    const label = labelOf.get(check.id);
    if (label === undefined) throw notFound(check.argument, check.id);
    if (check.labels.length > 0 && !check.labels.includes(label)) throw wrongKind(check.argument, check.id, label, check.labels);
  }
}
