/**
 * ratificationStatus(instrument, asOf): the parties to an instrument with counts, optionally as
 * of a partial ISO date, beside the counts the documents themselves report (StatusReports, each
 * with its own as-of date; they may disagree with the data set and with each other). One
 * round-trip: the statement checks the id and returns every node the answer names.
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import { toNodeView } from '../../graph/views.js';
import { isValidDate } from '../../model/validate.js';
import { idProblemError } from '../../analysis/require-node.js';
import { edgesOfRows, nodeOfRow } from '../../analysis/rows.js';
import { ErrorCode } from '../../errors/codes.js';

export const ratificationStatusQuery: QueryResolvers['ratificationStatus'] = async (_parent, args, ctx) => {
  if (args.asOf != null && !isValidDate(args.asOf)) {
    throw new GraphQLError(`asOf: "${args.asOf}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`, {
      extensions: { code: ErrorCode.BadUserInput, argument: 'asOf' },
    });
  }
  const [row] = await ctx.db.read('analyst/ratification-status', {
    instrument: args.instrument,
    asOfs: [args.asOf ?? null],
    from: null,
    to: null,
    maxYears: 1,
    details: true,
  });
  if (row!.idProblem) throw idProblemError(row!.idProblem);
  const instrument = nodeOfRow(ctx, { label: 'Instrument', props: row!.instrumentProps });
  const coverage = edgesOfRows(ctx, row!.coverage);
  return {
    instrument,
    asOf: args.asOf ?? null,
    partyCount: row!.partyCount,
    signedOnlyCount: row!.signedOnlyCount,
    undatedPartyCount: row!.undatedPartyCount,
    uncertainPartyCount: row!.uncertainPartyCount,
    parties: ctx.budget.admit(edgesOfRows(ctx, row!.parties)),
    dataSources: row!.dataSources.map((s) => nodeOfRow(ctx, s)),
    reportedCounts: row!.reportedCounts.map((props) => toNodeView('StatusReport', props)),
    knownNotPartyCount: row!.knownNotPartyCount,
    unknownCount: row!.unknownCount,
    coverage,
    statusAsOf:
      coverage
        .filter((c) => c.props.complete === true)
        .map((c) => String(c.props.asOf))
        .sort()
        .at(-1) ?? null,
    disagreements: row!.disagreements.map((d) => ({ state: nodeOfRow(ctx, d.state), ratifications: edgesOfRows(ctx, d.records) })),
  };
};
