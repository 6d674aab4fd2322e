// Replaces every property of a relationship (validated as a whole by the write path).
MATCH (a:Entity {id: $from})-[r:$($type) {id: $id}]->(b:Entity {id: $to})
SET r = $props
RETURN r.id AS id
