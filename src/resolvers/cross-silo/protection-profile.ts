/**
 * protectionProfile(state, category): what protects a category of migrant in a State. Each
 * instrument protecting the category (or a broader one) lands in one of three lists: covered
 * (the State is recorded as party), missing (no recorded consent, and a complete participant
 * table covers the State: known not party as of its date) or unknown (no data covers the State
 * for the instrument, so party or not cannot be told — never reported as a gap).
 */
import type { QueryResolvers, ResolversTypes } from '../../generated/graphql.js';
import type { RequestContext } from '../../context.js';
import type { ProfileInstrumentRow } from '../../db/queries/index.js';
import type { PairStatus } from '../../generated/graphql.js';
import type { EdgeView, NodeView } from '../../graph/views.js';
import { pairStatus } from '../../graph/pair-status.js';
import { idProblemError } from '../../analysis/require-node.js';
import { edgeOfRow, edgesOfRows, nodeOfRow, slimEdgesOfRows } from '../../analysis/rows.js';
import { profileEndFields, type ProfileEndFields } from './profile-selection.js';

type ProfileInstrument = ResolversTypes['ProfileInstrument'];
type ProfileRow = ProfileInstrumentRow;

/** One statement: the ids are checked by cypher/analyst/protection-profile.cypher itself. */
export const protectionProfileQuery: QueryResolvers['protectionProfile'] = async (_parent, args, ctx, info) => {
  const fields = profileEndFields(info);
  const [answer] = await ctx.db.read('analyst/protection-profile', { state: args.state, category: args.category, ...fields });
  // One record always: the id check, then the State and category once and the instruments.
  if (answer!.idProblem) throw idProblemError(answer!.idProblem);
  const state = nodeOfRow(ctx, { label: 'State', props: answer!.stateProps });
  const category = nodeOfRow(ctx, { label: 'MigrantCategory', props: answer!.categoryProps });
  const covered: ProfileInstrument[] = [];
  const missing: ProfileInstrument[] = [];
  const unknown: ProfileInstrument[] = [];
  const lists = { covered, missing, unknown };
  for (const row of answer!.instruments) {
    const entry = new ProfileInstrumentView(ctx, row, fields);
    lists[entry.list].push(entry);
  }
  return { state, category, covered, missing, unknown };
};

/** One instrument of the profile; its rights and monitors are built (and counted) only when selected. */
class ProfileInstrumentView {
  readonly instrument: NodeView;
  readonly categoryPath: string[];
  readonly protection: EdgeView;
  readonly ratification: EdgeView | null;
  readonly ratifications: EdgeView[];
  readonly signature: EdgeView | null;
  readonly status: PairStatus;
  readonly statusAsOf: string | null;
  private builtRights?: EdgeView[];
  private builtMonitors?: EdgeView[];

  constructor(
    private readonly ctx: RequestContext,
    private readonly row: ProfileRow,
    private readonly fields: ProfileEndFields,
  ) {
    const supersededIds = new Set<string>();
    for (const r of row.ratifications) if (r.superseded) supersededIds.add(r.props.id as string);
    // A superseded record stays listed (with its source) but is not the State's consent.
    const pair = pairStatus({
      ratifications: edgesOfRows(ctx, row.ratifications),
      supersededIds,
      signatures: edgesOfRows(ctx, row.signatures),
      coveredAsOf: row.coveredAsOf,
    });
    this.instrument = nodeOfRow(ctx, { label: 'Instrument', props: row.instrumentProps });
    this.categoryPath = row.categoryPath;
    this.protection = edgeOfRow(ctx, row.protection);
    this.ratification = pair.ratification;
    this.ratifications = pair.ratifications;
    this.signature = pair.signature;
    this.status = pair.status;
    this.statusAsOf = pair.statusAsOf;
  }

  /** covered: recorded as party; missing: a complete table says not party; unknown: no data. */
  get list(): 'covered' | 'missing' | 'unknown' {
    return this.ratification ? 'covered' : this.statusAsOf ? 'missing' : 'unknown';
  }

  get rights(): EdgeView[] {
    return (this.builtRights ??= this.ctx.budget.admit(slimEdgesOfRows(this.ctx, this.row.guarantees, this.fields.rightFields)));
  }

  get monitors(): EdgeView[] {
    return (this.builtMonitors ??= this.ctx.budget.admit(slimEdgesOfRows(this.ctx, this.row.monitors, this.fields.monitorFields)));
  }
}
