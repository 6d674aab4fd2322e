/**
 * protectionProfile(state, category): what protects a category of migrant in a State. Each
 * instrument protecting the category (or a broader one) lands in one of three lists: covered
 * (the State is recorded as party), missing (no recorded consent, and a complete participant
 * table covers the State: known not party as of its date) or unknown (no data covers the State
 * for the instrument, so party or not cannot be told — never reported as a gap).
 */
import type { QueryResolvers, ResolversTypes } from '../../generated/graphql.js';
import type { RequestContext } from '../../context.js';
import type { Checked, RowOf } from '../../db/queries/index.js';
import type { EdgeView } from '../../graph/views.js';
import { pairStatus } from '../../graph/pair-status.js';
import { answeredRows } from '../../analysis/require-node.js';
import { edgeOfRow, edgesOfRows, nodeOfRow } from '../../analysis/rows.js';

type ProfileInstrument = ResolversTypes['ProfileInstrument'];
type ProfileRow = Checked<RowOf<'analyst/protection-profile'>>;

/** One statement: the ids are checked by cypher/analyst/protection-profile.cypher itself. */
export const protectionProfileQuery: QueryResolvers['protectionProfile'] = async (_parent, args, ctx) => {
  const all = await ctx.db.read('analyst/protection-profile', { state: args.state, category: args.category });
  const rows = answeredRows(all, 'instrumentId');
  // Without an idProblem there is always a row, and every row carries both nodes.
  const state = nodeOfRow(ctx, { label: 'State', props: all[0]!.stateProps });
  const category = nodeOfRow(ctx, { label: 'MigrantCategory', props: all[0]!.categoryProps });
  const covered: ProfileInstrument[] = [];
  const missing: ProfileInstrument[] = [];
  const unknown: ProfileInstrument[] = [];
  const lists = { covered, missing, unknown };
  for (const row of rows) {
    const [list, entry] = profileEntry(ctx, row);
    lists[list].push(entry);
  }
  return { state, category, covered, missing, unknown };
};

function profileEntry(ctx: RequestContext, row: ProfileRow): ['covered' | 'missing' | 'unknown', ProfileInstrument] {
  const consents = row.ratifications;
  const supersededIds = new Set<string>();
  for (const r of consents) if (r.superseded) supersededIds.add(r.props.id as string);
  // A superseded record stays listed (with its source) but is not the State's consent.
  const { status, ratification, ratifications, signature, statusAsOf } = pairStatus({
    ratifications: edgesOfRows(ctx, consents),
    supersededIds,
    signatures: edgesOfRows(ctx, row.signatures),
    coveredAsOf: row.coveredAsOf,
  });
  let rights: EdgeView[] | undefined;
  let monitors: EdgeView[] | undefined;
  const list = ratification ? 'covered' : statusAsOf ? 'missing' : 'unknown';
  const entry: ProfileInstrument = {
    instrument: nodeOfRow(ctx, { label: 'Instrument', props: row.instrumentProps }),
    categoryPath: row.categoryPath,
    protection: edgeOfRow(ctx, row.protection),
    ratification,
    ratifications,
    signature,
    status,
    statusAsOf,
    // Built (and counted against the answer's budget) only when the query selects them.
    get rights() {
      return (rights ??= ctx.budget.admit(edgesOfRows(ctx, row.guarantees)));
    },
    get monitors() {
      return (monitors ??= ctx.budget.admit(edgesOfRows(ctx, row.monitors)));
    },
  };
  return [list, entry];
}
