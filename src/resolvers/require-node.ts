import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import type { NodeSummary } from '../loaders/node-loader.js';

/** Loads an id argument, failing with NOT_FOUND (naming the argument and id) or a wrong-kind BAD_USER_INPUT. */
export async function requireNode(ctx: RequestContext, argument: string, id: string, label: string): Promise<NodeSummary> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new GraphQLError(`${argument}: no node with id "${id}"`, { extensions: { code: 'NOT_FOUND', argument, id } });
  if (node.label !== label) {
    throw new GraphQLError(`${argument}: "${id}" is a ${node.label}, expected a ${label}`, { extensions: { code: 'BAD_USER_INPUT', argument, id } });
  }
  return node;
}
