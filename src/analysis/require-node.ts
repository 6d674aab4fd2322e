import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import type { NodeView } from '../graph/views.js';
import { ErrorCode } from '../errors/codes.js';

export function notFound(argument: string, id: string): GraphQLError {
  return new GraphQLError(`${argument}: no node with id "${id}"`, { extensions: { code: ErrorCode.NotFound, argument, id } });
}

/**
 * Loads an id argument, failing with NOT_FOUND (naming the argument and id) or, when a label
 * is given and the node has another kind, BAD_USER_INPUT.
 */
export async function requireNode(ctx: RequestContext, argument: string, id: string, label?: string | readonly string[]): Promise<NodeView> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw notFound(argument, id);
  const allowed = label === undefined ? undefined : typeof label === 'string' ? [label] : label;
  if (allowed && !allowed.includes(node.label)) throw wrongKind(argument, id, node.label, allowed);
  return node;
}

export function wrongKind(argument: string, id: string, label: string, allowed: readonly string[]): GraphQLError {
  return new GraphQLError(`${argument}: "${id}" is a ${label}, expected ${allowed.map((l) => `a ${l}`).join(' or ')}`, {
    extensions: { code: ErrorCode.BadUserInput, argument, id },
  });
}
