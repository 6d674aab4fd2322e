// The proposal a review decides, locked for the transaction: two reviews of one proposal are
// serialised, and the second reads the status the first left (so it cannot accept it twice).
MATCH (p:Proposal {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN properties(p) AS proposal
