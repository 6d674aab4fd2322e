// One proposal, held apart from the graph like the audit trail's Change records: no :Entity
// label and no relationships, so graph reads, search, exports and the export hash never see it.
CREATE (p:Proposal)
SET p = $props, p.proposedAt = datetime()
RETURN properties(p) AS proposal
