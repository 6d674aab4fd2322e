/** subgraph(ids): the given nodes and every edge among them (the page's "current view"). */
import type { RequestContext } from '../context.js';
import { graphAmong, type GraphAmong } from './load-graph.js';

/** ids must be distinct (the resolver removes duplicates); `missing` names those no node has. */
export function subgraph(ctx: RequestContext, ids: readonly string[]): Promise<GraphAmong> {
  return graphAmong(ctx, ids, []);
}
