/** subgraph(ids): the given nodes and every edge among them (the page's "current view"). */
import type { RequestContext } from '../context.js';
import type { GraphView } from './graph-view.js';
import { graphAmong } from './load-graph.js';

/** ids must exist and be distinct (the resolver checks and removes duplicates). */
export function subgraph(ctx: RequestContext, ids: readonly string[]): Promise<GraphView> {
  return graphAmong(ctx, ids, []);
}
