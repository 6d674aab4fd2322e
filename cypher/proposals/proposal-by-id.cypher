// One proposal as stored.
MATCH (p:Proposal {id: $id})
RETURN properties(p) AS proposal
