// The audit records each accepted proposal wrote (Proposal.changes), for a batch of proposals,
// oldest first, each with the changes that reverted it.
UNWIND $ids AS proposalId
MATCH (c:Change {proposalId: proposalId})
WITH proposalId, c ORDER BY c.at, c.id
RETURN proposalId,
       collect({change: properties(c), revertedBy: COLLECT { MATCH (r:Change {revertOf: c.id}) RETURN r.id ORDER BY r.at }}) AS changes
