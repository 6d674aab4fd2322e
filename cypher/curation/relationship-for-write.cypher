// The relationship a curation write targets, found through its ends (edge ids carry them)
// and locked for the transaction. No row when there is no such edge.
MATCH (a:Entity {id: $from})-[r:$($type) {id: $id}]->(b:Entity {id: $to})
SET r._lock = true
REMOVE r._lock
RETURN properties(r) AS props
