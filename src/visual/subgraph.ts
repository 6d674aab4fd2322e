/** subgraph(ids): the given nodes and every edge among them (the page's "current view"). */
import type { RequestContext } from '../context.js';
import { GraphBuilder, type GraphView } from './graph-view.js';
import { edgesAmong, loadNodes } from './load-graph.js';

/** ids must exist (the resolver checks); duplicates count once. */
export async function subgraph(ctx: RequestContext, ids: readonly string[]): Promise<GraphView> {
  const unique = [...new Set(ids)];
  const builder = new GraphBuilder();
  for (const node of await loadNodes(ctx, unique)) builder.addNode(node);
  const among = await edgesAmong(ctx, unique, []);
  for (const edge of among.edges) builder.addEdge(edge);
  builder.truncated = among.truncated;
  return builder.build();
}
