/**
 * gapAnalysis(instrument, group | region | subregion): which States of a group or region are
 * parties to an instrument, which are known not to be (a complete participant table covers them,
 * as of statusAsOf), and which are unknown (no data covers them: never listed as gaps).
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import type { NodeView } from '../../graph/views.js';
import type { RequestContext } from '../../context.js';
import { requireNode } from '../require-node.js';

const GROUP_LABELS = ['RCP', 'Forum', 'Organization', 'Body'];

async function statesOf(ctx: RequestContext, ids: string[]): Promise<NodeView[]> {
  const nodes = await ctx.loaders.node.loadMany(ids);
  return ctx.budget.admit(nodes.filter((n): n is NodeView => n !== null && !(n instanceof Error)));
}

export const gapAnalysisQuery: QueryResolvers['gapAnalysis'] = async (_parent, args, ctx) => {
  if (args.group == null && args.region == null && args.subregion == null) {
    throw new GraphQLError('gapAnalysis: give a group, a region or a subregion', { extensions: { code: 'BAD_USER_INPUT', argument: 'group' } });
  }
  const [instrument, group] = await Promise.all([
    requireNode(ctx, 'instrument', args.instrument, 'Instrument'),
    args.group != null ? requireNode(ctx, 'group', args.group, GROUP_LABELS) : null,
  ]);
  const [row] = await ctx.db.read('analyst/gap-analysis', {
    instrument: args.instrument,
    group: args.group ?? null,
    region: args.region ?? null,
    subregion: args.subregion ?? null,
  });
  const [parties, nonParties, signedOnly, unknown] = await Promise.all([
    statesOf(ctx, row!.partyIds as string[]),
    statesOf(ctx, row!.nonPartyIds as string[]),
    statesOf(ctx, row!.signedOnlyIds as string[]),
    statesOf(ctx, row!.unknownIds as string[]),
  ]);
  return {
    instrument,
    group,
    region: args.region ?? null,
    subregion: args.subregion ?? null,
    memberCount: Number(row!.memberCount),
    parties,
    nonParties,
    signedOnly,
    unknown,
    statusAsOf: (row!.notPartyAsOf as string | null) ?? null,
    statusDataHeld: Boolean(row!.statusHeld),
  };
};
