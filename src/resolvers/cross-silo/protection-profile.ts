/**
 * protectionProfile(state, category): what protects a category of migrant in a State. Each
 * instrument protecting the category (or a broader one) lands in one of three lists: covered
 * (the State is recorded as party), missing (no recorded consent, and a complete participant
 * table covers the State: known not party as of its date) or unknown (no data covers the State
 * for the instrument, so party or not cannot be told — never reported as a gap).
 */
import type { QueryResolvers, ResolversTypes } from '../../generated/graphql.js';
import { toNodeView } from '../../graph/views.js';
import { pairStatus } from '../../graph/pair-status.js';
import { requireNode } from '../../analysis/require-node.js';
import { edgeOfRow, edgesOfRows } from '../../analysis/rows.js';

type ProfileInstrument = ResolversTypes['ProfileInstrument'];

export const protectionProfileQuery: QueryResolvers['protectionProfile'] = async (_parent, args, ctx) => {
  const [state, category] = await Promise.all([requireNode(ctx, 'state', args.state, 'State'), requireNode(ctx, 'category', args.category, 'MigrantCategory')]);
  const rows = await ctx.db.read('analyst/protection-profile', { state: args.state, category: args.category });
  const covered: ProfileInstrument[] = [];
  const missing: ProfileInstrument[] = [];
  const unknown: ProfileInstrument[] = [];
  for (const row of rows) {
    const instrument = toNodeView('Instrument', row.instrumentProps);
    ctx.loaders.node.prime(instrument.id, instrument);
    const rows = row.ratifications;
    // A superseded record stays listed (with its source) but is not the State's consent.
    const { status, ratification, ratifications, signature, statusAsOf } = pairStatus({
      ratifications: edgesOfRows(ctx, rows),
      supersededIds: new Set(rows.filter((r) => r.superseded).map((r) => r.props.id as string)),
      signatures: edgesOfRows(ctx, row.signatures),
      coveredAsOf: row.coveredAsOf,
    });
    const entry: ProfileInstrument = {
      instrument,
      categoryPath: row.categoryPath,
      protection: edgeOfRow(ctx, row.protection),
      ratification,
      ratifications,
      signature,
      status,
      statusAsOf,
      rights: ctx.budget.admit(edgesOfRows(ctx, row.guarantees)),
      monitors: ctx.budget.admit(edgesOfRows(ctx, row.monitors)),
    };
    if (ratification) covered.push(entry);
    else if (statusAsOf) missing.push(entry);
    else unknown.push(entry);
  }
  return { state, category, covered, missing, unknown };
};
