/**
 * gapAnalysis(instrument, group | region | subregion): which States of a group or region are
 * parties to an instrument, which are known not to be (a complete participant table covers them,
 * as of statusAsOf), and which are unknown (no data covers them: never listed as gaps).
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import type { NodeView } from '../../graph/views.js';
import type { RequestContext } from '../../context.js';
import type { RowOf } from '../../db/queries/index.js';
import { GROUP_LABELS } from '../../model/model.js';
import { isValidDate } from '../../model/validate.js';
import { idProblemError } from '../../analysis/require-node.js';
import { nodeOfRow } from '../../analysis/rows.js';
import { ErrorCode } from '../../errors/codes.js';

/** The States of one list, from the properties the statement returned with the lists. */
function statesOf(ctx: RequestContext, byId: ReadonlyMap<string, NodeView>, ids: string[]): NodeView[] {
  return ctx.budget.admit(ids.map((id) => byId.get(id)).filter((n): n is NodeView => n !== undefined));
}

function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

/**
 * A group with no recorded State members, or a region or subregion no State is in, would come
 * back as "no members, no non-parties": absent data dressed up as an answer. Say so instead.
 */
function refuseUnknownScope(args: { group?: string | null; region?: string | null; subregion?: string | null }, row: RowOf<'analyst/gap-analysis'>): void {
  if (!row.groupHasMembers) {
    throw badInput(
      'group',
      `group: no State is recorded as a member of "${args.group}" (MEMBER_OF as member or founder), so which members are not party cannot be told`,
    );
  }
  const show = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}...` : text);
  if (!row.regionKnown)
    throw badInput(
      'region',
      `region: no State is recorded in region "${show(args.region!)}" (UN geoscheme regions, e.g. Africa, Americas, Asia, Europe, Oceania)`,
    );
  if (!row.subregionKnown)
    throw badInput('subregion', `subregion: no State is recorded in subregion "${show(args.subregion!)}" (UN geoscheme subregions, e.g. Western Africa)`);
}

export const gapAnalysisQuery: QueryResolvers['gapAnalysis'] = async (_parent, args, ctx) => {
  if (args.membersAsOf != null && !isValidDate(args.membersAsOf)) {
    throw badInput('membersAsOf', `membersAsOf: "${args.membersAsOf.slice(0, 40)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (args.group == null && args.region == null && args.subregion == null) {
    throw new GraphQLError('gapAnalysis: give a group, a region or a subregion', { extensions: { code: ErrorCode.BadUserInput, argument: 'group' } });
  }
  // The statement checks the instrument and group ids itself and returns the States it lists
  // (one round-trip).
  const [row] = await ctx.db.read('analyst/gap-analysis', {
    instrument: args.instrument,
    group: args.group ?? null,
    groupKinds: GROUP_LABELS,
    region: args.region ?? null,
    subregion: args.subregion ?? null,
    membersAsOf: args.membersAsOf ?? null,
  });
  if (!row) throw new Error(`gap-analysis returned no row for instrument ${args.instrument}`);
  if (row.idProblem) throw idProblemError(row.idProblem);
  const instrument = nodeOfRow(ctx, { label: 'Instrument', props: row.instrumentProps });
  const group = row.groupProps && row.groupLabel ? nodeOfRow(ctx, { label: row.groupLabel, props: row.groupProps }) : null;
  refuseUnknownScope(args, row);
  const byId = new Map(row.memberProps.map((props) => [String(props.id), nodeOfRow(ctx, { label: 'State', props })]));
  const parties = statesOf(ctx, byId, row.partyIds);
  const nonParties = statesOf(ctx, byId, row.nonPartyIds);
  const signedOnly = statesOf(ctx, byId, row.signedOnlyIds);
  const unknown = statesOf(ctx, byId, row.unknownIds);
  return {
    instrument,
    group,
    region: args.region ?? null,
    subregion: args.subregion ?? null,
    memberCount: row.memberCount,
    membershipAsOf: row.membershipAsOf,
    parties,
    nonParties,
    signedOnly,
    unknown,
    statusAsOf: row.notPartyAsOf,
    statusDataHeld: row.statusHeld,
  };
};
