// Contributors' proposals (src/proposals): held apart from the graph like the audit trail's
// Change records (no :Entity label, no relationships), listed by status, proposer and target.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE INDEX proposal_status IF NOT EXISTS FOR (p:Proposal) ON (p.status);
CREATE INDEX proposal_proposed_at IF NOT EXISTS FOR (p:Proposal) ON (p.proposedAt);
// changes(...) of one proposal (Proposal.changes).
CREATE INDEX change_proposal IF NOT EXISTS FOR (c:Change) ON (c.proposalId);
