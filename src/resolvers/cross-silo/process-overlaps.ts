/**
 * processOverlaps(group) and multiProcessStates(minProcesses): where the regional consultative
 * processes overlap, by shared member States (member or founder on some page) and shared
 * secretariats. processOverlaps' statement checks its id and returns the nodes it names (one
 * round-trip); multiProcessStates' nodes come through the per-request loader. Answers are bounded
 * by the budget.
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import type { NodeView } from '../../graph/views.js';
import type { RequestContext } from '../../context.js';
import { MAX_RESULT_RELATIONSHIPS } from '../../graphql/result-budget.js';
import { answeredRows } from '../../analysis/require-node.js';
import { nodeOfRow } from '../../analysis/rows.js';
import { ErrorCode } from '../../errors/codes.js';

const LIMIT = MAX_RESULT_RELATIONSHIPS + 1;

async function nodesOf(ctx: RequestContext, ids: string[]): Promise<NodeView[]> {
  const nodes = await ctx.loaders.node.loadMany(ids);
  return nodes.filter((n): n is NodeView => n !== null && !(n instanceof Error));
}

export const processOverlapsQuery: QueryResolvers['processOverlaps'] = async (_parent, args, ctx) => {
  const all = await ctx.db.read('analyst/process-overlaps', { group: args.group, limit: LIMIT });
  const rows = ctx.budget.admit(answeredRows(all, 'other'));
  const group = nodeOfRow(ctx, all[0]!.groupNode);
  return rows.map((row) => {
    const sharedMembers = row.sharedMembers.map((n) => nodeOfRow(ctx, n));
    const sharedSecretariats = row.sharedSecretariats.map((n) => nodeOfRow(ctx, n));
    return { group, other: nodeOfRow(ctx, row.other), sharedMemberCount: sharedMembers.length, sharedMembers, sharedSecretariats };
  });
};

export const multiProcessStatesQuery: QueryResolvers['multiProcessStates'] = async (_parent, args, ctx) => {
  const minProcesses = args.minProcesses ?? 2;
  if (!Number.isInteger(minProcesses) || minProcesses < 1 || minProcesses > 100) {
    throw new GraphQLError(`minProcesses: ${minProcesses} is out of range (1-100)`, { extensions: { code: ErrorCode.BadUserInput, argument: 'minProcesses' } });
  }
  const rows = await ctx.db.read('analyst/multi-process-states', { minGroups: minProcesses, limit: LIMIT });
  ctx.budget.admit(rows);
  return Promise.all(
    rows.map(async (row) => {
      const [[state], processes] = await Promise.all([nodesOf(ctx, [row.stateId]), nodesOf(ctx, row.groupIds)]);
      return { state: state!, processCount: processes.length, processes };
    }),
  );
};
