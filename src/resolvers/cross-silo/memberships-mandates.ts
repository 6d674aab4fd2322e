/**
 * memberships(group, member, role) and mandates(holder, subject, kind): the membership and
 * mandate views across forums, RCPs, organisations and agencies. Both are bounded by the
 * per-response relationship budget; the query asks for one row more than the budget so an
 * over-large answer becomes RESULT_TOO_LARGE rather than a silently cut list.
 */
import type { QueryResolvers } from '../../generated/graphql.js';
import { MAX_RESULT_RELATIONSHIPS } from '../../graphql/result-budget.js';
import { fromEnumName } from '../../graph/views.js';
import { GROUP_LABELS } from '../../model/model.js';
import { answeredRows } from '../../analysis/require-node.js';
import { edgeOfRow, nodeOfRow } from '../../analysis/rows.js';

const LIMIT = MAX_RESULT_RELATIONSHIPS + 1;

export const membershipsQuery: QueryResolvers['memberships'] = async (_parent, args, ctx) => {
  // The statement checks the group and member ids itself (no separate round-trip).
  const rows = answeredRows(
    await ctx.db.read('analyst/memberships', {
      group: args.group ?? null,
      groupKinds: GROUP_LABELS,
      member: args.member ?? null,
      role: args.role != null ? fromEnumName(args.role) : null,
      limit: LIMIT,
    }),
    'edge',
  );
  return ctx.budget.admit(
    rows.map((row) => {
      nodeOfRow(ctx, row.fromNode);
      nodeOfRow(ctx, row.toNode);
      return edgeOfRow(ctx, row.edge);
    }),
  );
};

export const mandatesQuery: QueryResolvers['mandates'] = async (_parent, args, ctx) => {
  // The statement checks the holder and subject ids itself (no separate round-trip).
  const rows = answeredRows(
    await ctx.db.read('analyst/mandates', {
      holder: args.holder ?? null,
      subject: args.subject ?? null,
      kind: args.kind != null ? fromEnumName(args.kind) : null,
      limit: LIMIT,
    }),
    'edge',
  );
  return ctx.budget.admit(
    rows.map((row) => {
      nodeOfRow(ctx, row.fromNode);
      nodeOfRow(ctx, row.toNode);
      return { mandate: edgeOfRow(ctx, row.edge), categoryPath: row.categoryPath };
    }),
  );
};
