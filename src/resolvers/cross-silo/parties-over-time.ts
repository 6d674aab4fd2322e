/**
 * partiesOverTime(instrument, from, to): an instrument's status counts as of 31 December of each
 * year, for a chart. Every year is computed by the very Cypher of ratificationStatus (one query,
 * one row per year), so the series and ratificationStatus(asOf: "<year>") cannot drift apart; the
 * counts the documents report (StatusReport) are set beside the year their date falls in. One
 * round-trip: the statement checks the id, finds the default range and returns the nodes named.
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import { toNodeView, type NodeView } from '../../graph/views.js';
import { idProblemError } from '../../analysis/require-node.js';
import { edgesOfRows, nodeOfRow } from '../../analysis/rows.js';
import { ErrorCode } from '../../errors/codes.js';

/** Years are written with four digits in the data (partial ISO dates). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
/** A longer series is no chart; it also bounds the work of one request. */
export const MAX_YEARS = 300;

function badYear(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

function checkYear(argument: 'from' | 'to', value: number | null | undefined): void {
  if (value != null && (value < FIRST_YEAR || value > LAST_YEAR)) {
    throw badYear(argument, `${value} is not a four-digit year (${FIRST_YEAR}-${LAST_YEAR})`);
  }
}

export const partiesOverTimeQuery: QueryResolvers['partiesOverTime'] = async (_parent, args, ctx) => {
  checkYear('from', args.from);
  checkYear('to', args.to);
  // A missing end of the range defaults to the span of the data (the statement finds it); the
  // statement counts no year of a range refused below.
  const rows = await ctx.db.read('analyst/ratification-status', {
    instrument: args.instrument,
    asOfs: null,
    from: args.from ?? null,
    to: args.to ?? null,
    maxYears: MAX_YEARS,
    details: false,
  });
  const first = rows[0]!;
  if (first.idProblem) throw idProblemError(first.idProblem);
  const instrument = nodeOfRow(ctx, { label: 'Instrument', props: first.instrumentProps });
  const reportedCounts = first.reportedCounts.map((props) => toNodeView('StatusReport', props));
  const { fromYear: from, toYear: to } = first;
  if (from === null || to === null) {
    // No per-State data and no range asked: nothing to count, only what documents report.
    return { instrument, from: null, to: null, years: [], reportedCounts, coverage: [] };
  }
  if (from > to) throw badYear('from', `${from} is after to (${to})`);
  if (to - from + 1 > MAX_YEARS) throw badYear('to', `${to - from + 1} years asked, at most ${MAX_YEARS}`);

  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (rows.length !== years.length) throw new Error(`ratification-status counted ${rows.length} years of ${from}-${to} for ${args.instrument}`);
  const coverage = edgesOfRows(ctx, first.coverage);
  const sources = new Map<string, NodeView>();
  for (const row of rows) for (const s of row.dataSources) if (!sources.has(String(s.props.id))) sources.set(String(s.props.id), nodeOfRow(ctx, s));
  return {
    instrument,
    from,
    to,
    reportedCounts,
    coverage,
    years: rows.map((row, i) => {
      const year = years[i]!;
      const asOf = `${year}-12-31`;
      return {
        year,
        asOf,
        partyCount: row.partyCount,
        signedOnlyCount: row.signedOnlyCount,
        uncertainPartyCount: row.uncertainPartyCount,
        undatedPartyCount: row.undatedPartyCount,
        knownNotPartyCount: row.knownNotPartyCount,
        unknownCount: row.unknownCount,
        dataSources: row.dataSourceIds.map((id) => sources.get(id)).filter((s): s is NodeView => s !== undefined),
        statusAsOf:
          coverage
            .filter((c) => c.props.complete === true && String(c.props.asOf) <= asOf)
            .map((c) => String(c.props.asOf))
            .sort()
            .at(-1) ?? null,
        reportedCounts: reportedCounts.filter((r) => String(r.props.asOf).startsWith(String(year))),
      };
    }),
  };
};
