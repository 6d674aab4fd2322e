/** changes(...) and change(id): the audit trail, newest first, with cursor pagination. */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import { listChanges, readChange } from '../../audit/audit.js';
import { isValidDate } from '../../model/validate.js';
import { notFound } from '../../errors/problems.js';
import { checkPageSize, offsetAfter, toConnection } from '../pagination.js';
import { ErrorCode } from '../../errors/codes.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO 8601 date or date-time as a UTC instant Cypher's datetime() reads; a date means its midnight UTC. */
export function parseSince(since: string | null | undefined): string | null {
  if (since === null || since === undefined) return null;
  // Date.parse rolls 2026-02-30 over into March; the seed's date check does not.
  const time = ISO_DATE_TIME.test(since) && isValidDate(since.slice(0, 10)) ? Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since) : NaN;
  if (Number.isNaN(time)) {
    throw new GraphQLError(`since: "${since}" is not an ISO 8601 date or date-time (e.g. 2026-01-31 or 2026-01-31T12:00:00Z)`, {
      extensions: { code: ErrorCode.BadUserInput, argument: 'since' },
    });
  }
  return new Date(time).toISOString();
}

export const auditQueries: Pick<QueryResolvers, 'changes' | 'change'> = {
  changes: async (_p, args, ctx) => {
    const first = checkPageSize('first', args.first, 20);
    const offset = offsetAfter(args.after);
    const filter = {
      nodeId: args.nodeId ?? null,
      relationshipId: args.relationshipId ?? null,
      curator: args.curator ?? null,
      since: parseSince(args.since),
      importId: args.importId ?? null,
      proposalId: null,
    };
    const { total, changes } = await listChanges(ctx.db, filter, offset, first);
    return toConnection(changes, offset, total);
  },
  change: async (_p, { id }, ctx) => {
    const change = await readChange(ctx.db, undefined, id);
    if (!change) throw notFound('id', 'change', id);
    return change;
  },
};
