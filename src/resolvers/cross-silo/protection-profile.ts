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
import { toEdgeView, type EdgeView, type NodeView } from '../../graph/views.js';
import { attachEnd } from '../../graph/prefetched.js';
import { pairStatus } from '../../graph/pair-status.js';
import { idProblemError } from '../../analysis/require-node.js';
import { nodeOfRow, projectedNodeOfPart, propsOfPart } from '../../analysis/rows.js';
import { profileProjection, type ProfileProjection } from './profile-selection.js';

type ProfileInstrument = ResolversTypes['ProfileInstrument'];

/** One statement: the ids are checked by cypher/analyst/protection-profile.cypher itself. */
export const protectionProfileQuery: QueryResolvers['protectionProfile'] = async (_parent, args, ctx, info) => {
  const projection = profileProjection(info);
  const [answer] = await ctx.db.read('analyst/protection-profile', { state: args.state, category: args.category, ...projection });
  // One record always: the id check, then the State and category once and the instruments.
  if (answer!.idProblem) throw idProblemError(answer!.idProblem);
  const state = nodeOfRow(ctx, { label: 'State', props: answer!.stateProps });
  const category = nodeOfRow(ctx, { label: 'MigrantCategory', props: answer!.categoryProps });
  const covered: ProfileInstrument[] = [];
  const missing: ProfileInstrument[] = [];
  const unknown: ProfileInstrument[] = [];
  const lists = { covered, missing, unknown };
  for (const row of answer!.instruments) {
    const entry = new ProfileInstrumentView(ctx, state.id, row, projection);
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
    stateId: string,
    private readonly row: ProfileInstrumentRow,
    private readonly projection: ProfileProjection,
  ) {
    const [instrumentId, instrument, categoryPath, protectedCategoryId, protection, consents, signed, , , coveredAsOf] = row;
    const supersededIds = new Set<string>();
    const ratifications = consents.map(([superseded, part]) => {
      const edge = toEdgeView('RATIFIED', stateId, instrumentId, propsOfPart(part, projection.ratificationFields));
      // A superseded record stays listed (with its source) but is not the State's consent.
      if (superseded) supersededIds.add(edge.id);
      return edge;
    });
    const signatures = signed.map((part) => toEdgeView('SIGNED', stateId, instrumentId, propsOfPart(part, projection.signatureFields)));
    const pair = pairStatus({ ratifications, supersededIds, signatures, coveredAsOf });
    this.instrument = projectedNodeOfPart(ctx, 'Instrument', instrument, projection.instrumentFields);
    this.categoryPath = categoryPath;
    this.protection = toEdgeView('PROTECTS', instrumentId, protectedCategoryId, propsOfPart(protection, projection.protectionFields));
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
    const { guaranteeFields, rightFields } = this.projection;
    const [instrumentId] = this.row;
    return (this.builtRights ??= this.ctx.budget.admit(
      this.row[7].map(([guarantee, right]) => {
        const end = projectedNodeOfPart(this.ctx, 'Right', right, rightFields);
        return this.withEnd(toEdgeView('GUARANTEES', instrumentId, end.id, propsOfPart(guarantee, guaranteeFields)), 'to', end);
      }),
    ));
  }

  get monitors(): EdgeView[] {
    const { monitoringFields, monitorFields } = this.projection;
    const [instrumentId] = this.row;
    return (this.builtMonitors ??= this.ctx.budget.admit(
      this.row[8].map(([label, monitoring, monitor]) => {
        const end = projectedNodeOfPart(this.ctx, label, monitor, monitorFields);
        return this.withEnd(toEdgeView('MONITORS', end.id, instrumentId, propsOfPart(monitoring, monitoringFields)), 'from', end);
      }),
    ));
  }

  /** The edge with its far end attached (prefetched.ts), so the end's resolver answers at once. */
  private withEnd(edge: EdgeView, side: 'from' | 'to', end: NodeView): EdgeView {
    attachEnd(edge, side, end);
    return edge;
  }
}
