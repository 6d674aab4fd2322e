/** node(id), nodes(ids) and search(text, kinds, first). */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../generated/graphql.js';
import { MAX_SEARCH_WORD_LENGTH, overlongSearchWord, toFulltextQuery } from '../graph/fulltext-query.js';
import { LABEL_BY_KIND } from '../graph/schema-map.js';
import { toNodeView, type Props } from '../graph/views.js';
import { checkPageSize } from './pagination.js';
import { requireNode } from './require-node.js';
import { ErrorCode } from '../errors/codes.js';

export const nodeQuery: QueryResolvers['node'] = (_parent, args, ctx) => requireNode(ctx, 'id', args.id);

export const nodesQuery: QueryResolvers['nodes'] = (_parent, args, ctx) => {
  checkPageSize('ids', args.ids.length, 0);
  return Promise.all(args.ids.map((id) => requireNode(ctx, 'ids', id)));
};

export const searchQuery: QueryResolvers['search'] = async (_parent, args, ctx) => {
  const first = checkPageSize('first', args.first, 10);
  const overlong = overlongSearchWord(args.text);
  if (overlong) {
    throw new GraphQLError(`text: words are at most ${MAX_SEARCH_WORD_LENGTH} characters; one has ${overlong.length} ("${overlong.slice(0, 20)}...")`, {
      extensions: { code: ErrorCode.BadUserInput, argument: 'text', max: MAX_SEARCH_WORD_LENGTH },
    });
  }
  const query = toFulltextQuery(args.text);
  if (!query)
    throw new GraphQLError('text: give at least one letter or digit to search for', { extensions: { code: ErrorCode.BadUserInput, argument: 'text' } });
  const labels = args.kinds?.length ? args.kinds.map((k) => LABEL_BY_KIND[k]) : null;
  const rows = await ctx.db.read('search/fulltext', { query, labels, first });
  return rows.map((row) => {
    const node = toNodeView(String(row.label), row.props as Props);
    ctx.loaders.node.prime(node.id, node);
    return { node, score: Number(row.score) };
  });
};
