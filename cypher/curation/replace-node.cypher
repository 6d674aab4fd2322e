// Replaces every property of a node (the write path validated the whole new property map).
MATCH (n:Entity {id: $id})
SET n = $props
RETURN n.id AS id
