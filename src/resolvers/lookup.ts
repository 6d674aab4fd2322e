/** node(id), nodes(ids) and search(text, kinds, first). */
import type { QueryResolvers } from '../generated/graphql.js';
import { fulltextQueryOf } from './search-text.js';
import { LABEL_BY_KIND } from '../graph/schema-map.js';
import { toNodeView } from '../graph/views.js';
import { checkPageSize } from './pagination.js';
import { requireNode } from '../analysis/require-node.js';

export const nodeQuery: QueryResolvers['node'] = (_parent, args, ctx) => requireNode(ctx, 'id', args.id);

export const nodesQuery: QueryResolvers['nodes'] = (_parent, args, ctx) => {
  checkPageSize('ids', args.ids.length, 0);
  return Promise.all(args.ids.map((id) => requireNode(ctx, 'ids', id)));
};

export const searchQuery: QueryResolvers['search'] = async (_parent, args, ctx) => {
  const first = checkPageSize('first', args.first, 10);
  const query = fulltextQueryOf(args.text);
  const labels = args.kinds?.length ? args.kinds.flatMap((k) => LABEL_BY_KIND[k] ?? []) : null;
  const rows = await ctx.db.read('search/fulltext', { query, labels, first });
  return rows.map((row) => {
    const node = toNodeView(row.label, row.props);
    ctx.loaders.node.prime(node.id, node);
    return { node, score: row.score };
  });
};
