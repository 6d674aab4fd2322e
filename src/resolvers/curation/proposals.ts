/** Proposals and review: propose (contributor and above), the queue, accept/reject (curator). */
import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { listProposals, readProposal } from '../../proposals/proposal.js';
import { propose } from '../../proposals/propose.js';
import { proposeImport } from '../../proposals/propose-import.js';
import { acceptProposal, rejectProposal } from '../../proposals/review.js';
import { checkPageSize, offsetAfter, toConnection } from '../pagination.js';

export const proposalQueries: Pick<QueryResolvers, 'proposals' | 'proposal'> = {
  proposals: async (_p, args, ctx) => {
    await ctx.auth.require('contributor', 'proposals');
    const first = checkPageSize('first', args.first, 20);
    const offset = offsetAfter(args.after);
    const filter = { status: args.status ?? null, operation: args.operation ?? null, proposedBy: args.proposedBy ?? null, nodeId: args.nodeId ?? null };
    const { total, proposals } = await listProposals(ctx.db, filter, offset, first);
    return toConnection(proposals, offset, total);
  },
  proposal: async (_p, { id }, ctx) => {
    await ctx.auth.require('contributor', 'proposal');
    return readProposal(ctx.db, id);
  },
};

export const proposalMutations: Pick<MutationResolvers, 'propose' | 'proposeImport' | 'acceptProposal' | 'rejectProposal'> = {
  propose: async (_p, { input }, ctx) => propose(ctx.db, await ctx.auth.require('contributor', 'propose'), input),
  proposeImport: async (_p, { format, content, note }, ctx) =>
    proposeImport(ctx.db, await ctx.auth.require('contributor', 'proposeImport'), format, content, note),
  acceptProposal: async (_p, { id }, ctx) => acceptProposal(ctx.db, await ctx.auth.require('curator', 'acceptProposal'), id),
  rejectProposal: async (_p, { id, reason }, ctx) => rejectProposal(ctx.db, await ctx.auth.require('curator', 'rejectProposal'), id, reason),
};

export const proposalTypeResolvers: Pick<Resolvers, 'Proposal' | 'ProposalDecision'> = {
  Proposal: { changes: (proposal, _args, ctx) => ctx.loaders.proposalChanges.load(proposal.id) },
  // A bulk import's changes are many; they are read once committed, like Proposal.changes.
  ProposalDecision: { changes: (decision, _args, ctx) => decision.changes ?? ctx.loaders.proposalChanges.load(decision.proposal.id) },
};
