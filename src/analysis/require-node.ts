import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import type { NodeView } from '../graph/views.js';
import type { Checked, IdProblem } from '../db/queries/index.js';
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

export function wrongKind(argument: string, id: string, kind: string, allowed: readonly string[]): GraphQLError {
  return new GraphQLError(`${argument}: "${id}" is a ${kind}, expected ${allowed.map((l) => `a ${l}`).join(' or ')}`, {
    extensions: { code: ErrorCode.BadUserInput, argument, id },
  });
}

/** The error requireNode would give for an id problem a statement found itself. */
export function idProblemError(problem: IdProblem): GraphQLError {
  if (problem.kind === null) return notFound(problem.argument, problem.id);
  return wrongKind(problem.argument, problem.id, problem.kind, problem.expected ?? []);
}

/**
 * The answer rows of a statement that checked its own ids (rows.ts: Checked): throws the id
 * problem if there is one, and drops the row of nulls that stands for "no answer" (answer
 * column `key` null).
 */
export function answeredRows<R>(rows: Checked<R>[], key: keyof R): Checked<R>[] {
  const problem = rows[0]?.idProblem;
  if (problem) throw idProblemError(problem);
  return rows.length === 1 && rows[0]![key] === null ? [] : rows;
}
