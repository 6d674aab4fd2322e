// A reviewer's decision, in the transaction that wrote the accepted change (if any). A new
// relationship's id is known once written; the proposal keeps it as its target from then on.
MATCH (p:Proposal {id: $id})
SET p.status = $status,
    p.decidedById = $decidedById,
    p.decidedByName = $decidedByName,
    p.decidedByRole = $decidedByRole,
    p.decidedAt = datetime(),
    p.reason = $reason,
    p.targetId = coalesce(p.targetId, $targetId),
    p.importId = $importId
RETURN properties(p) AS proposal
