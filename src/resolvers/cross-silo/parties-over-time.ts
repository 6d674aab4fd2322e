/**
 * partiesOverTime(instrument, from, to): an instrument's status counts as of 31 December of each
 * year, for a chart. Every year is computed by the very Cypher of ratificationStatus (one query,
 * one row per year), so the series and ratificationStatus(asOf: "<year>") cannot drift apart; the
 * counts the documents report (StatusReport) are set beside the year their date falls in.
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import type { NodeView } from '../../graph/views.js';
import { requireNode } from '../../analysis/require-node.js';
import { edgesOfRows } from '../../analysis/rows.js';
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
  const instrument = await requireNode(ctx, 'instrument', args.instrument, 'Instrument');
  let from = args.from ?? null;
  let to = args.to ?? null;
  if (from === null || to === null) {
    const [span] = await ctx.db.read('analyst/status-years', { instrument: args.instrument });
    const firstActYear = span?.firstActYear ?? null;
    const lastDataYear = span?.lastDataYear ?? null;
    from ??= firstActYear ?? to ?? lastDataYear;
    to ??= lastDataYear ?? from;
  }
  const reportedCounts = await ctx.loaders.statusReports.load(args.instrument);
  if (from === null || to === null) {
    // No per-State data and no range asked: nothing to count, only what documents report.
    return { instrument, from: null, to: null, years: [], reportedCounts, coverage: [] };
  }
  if (from > to) throw badYear('from', `${from} is after to (${to})`);
  if (to - from + 1 > MAX_YEARS) throw badYear('to', `${to - from + 1} years asked, at most ${MAX_YEARS}`);

  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const rows = await ctx.db.read('analyst/ratification-status', {
    instrument: args.instrument,
    asOfs: years.map(String),
    details: false,
  });
  const coverage = edgesOfRows(ctx, rows[0]?.coverage ?? []);
  const sourceIds = [...new Set(rows.flatMap((row) => row.dataSourceIds))];
  const sources = new Map((await ctx.loaders.node.loadMany(sourceIds)).filter((s): s is NodeView => s !== null && !(s instanceof Error)).map((s) => [s.id, s]));
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
