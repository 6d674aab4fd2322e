/**
 * ratificationStatus(instrument, asOf): the parties to an instrument with counts, optionally as
 * of a partial ISO date, beside the counts the documents themselves report (StatusReports, each
 * with its own as-of date; they may disagree with the data set and with each other).
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import type { NodeView } from '../../graph/views.js';
import { isValidDate } from '../../model/validate.js';
import { requireNode } from '../../analysis/require-node.js';
import { edgesOfRows } from '../../analysis/rows.js';
import { ErrorCode } from '../../errors/codes.js';

export const ratificationStatusQuery: QueryResolvers['ratificationStatus'] = async (_parent, args, ctx) => {
  if (args.asOf != null && !isValidDate(args.asOf)) {
    throw new GraphQLError(`asOf: "${args.asOf}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`, {
      extensions: { code: ErrorCode.BadUserInput, argument: 'asOf' },
    });
  }
  const instrument = await requireNode(ctx, 'instrument', args.instrument, 'Instrument');
  const [row] = await ctx.db.read('analyst/ratification-status', { instrument: args.instrument, asOfs: [args.asOf ?? null], details: true });
  const sourceIds = row!.dataSourceIds;
  const coverage = edgesOfRows(ctx, row!.coverage);
  const [dataSources, reportedCounts] = await Promise.all([ctx.loaders.node.loadMany(sourceIds), ctx.loaders.statusReports.load(args.instrument)]);
  return {
    instrument,
    asOf: args.asOf ?? null,
    partyCount: row!.partyCount,
    signedOnlyCount: row!.signedOnlyCount,
    undatedPartyCount: row!.undatedPartyCount,
    uncertainPartyCount: row!.uncertainPartyCount,
    parties: ctx.budget.admit(edgesOfRows(ctx, row!.parties)),
    dataSources: dataSources.filter((s): s is NodeView => s !== null && !(s instanceof Error)),
    reportedCounts,
    knownNotPartyCount: row!.knownNotPartyCount,
    unknownCount: row!.unknownCount,
    coverage,
    statusAsOf:
      coverage
        .filter((c) => c.props.complete === true)
        .map((c) => String(c.props.asOf))
        .sort()
        .at(-1) ?? null,
    disagreements: await Promise.all(
      row!.disagreements.map(async (d) => ({
        state: (await ctx.loaders.node.load(d.stateId))!,
        ratifications: edgesOfRows(ctx, d.records),
      })),
    ),
  };
};
