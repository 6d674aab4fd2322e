// The node a curation write targets, locked for the transaction (the audit's "before" is then
// what the write really replaced). No row when the id is unknown.
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
