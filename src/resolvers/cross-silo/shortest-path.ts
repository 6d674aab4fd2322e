/** shortestPath(from, to, maxLength, relationshipTypes): the shortest connection, or null. */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import { answeredRows } from '../../analysis/require-node.js';
import { edgesOfRows, nodeOfRow } from '../../analysis/rows.js';
import { ErrorCode } from '../../errors/codes.js';

/** The Cypher file searches at most this far (a quantifier cannot be a parameter). */
export const MAX_PATH_LENGTH = 8;

export const shortestPathQuery: QueryResolvers['shortestPath'] = async (_parent, args, ctx) => {
  const maxLength = args.maxLength ?? 6;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new GraphQLError(`maxLength: must be between 1 and ${MAX_PATH_LENGTH}, got ${maxLength}`, {
      extensions: { code: ErrorCode.BadUserInput, argument: 'maxLength', max: MAX_PATH_LENGTH },
    });
  }
  // The statement checks both ids first (NOT_FOUND naming one), and searches nothing for one node.
  const [row] = answeredRows(
    await ctx.db.read('analyst/shortest-path', { from: args.from, to: args.to, maxLength, types: args.relationshipTypes ?? [] }),
    'length',
  );
  if (args.from === args.to)
    throw new GraphQLError('shortestPath: from and to are the same node', { extensions: { code: ErrorCode.BadUserInput, argument: 'to' } });
  if (!row) return null;
  return {
    length: row.length,
    nodes: row.nodes.map((n) => nodeOfRow(ctx, n)),
    edges: edgesOfRows(ctx, row.edges),
  };
};
