// A new node with its kind label; the entity_id constraint refuses a second node with the id.
CREATE (n:Entity)
SET n = $props
SET n:$($label)
RETURN n.id AS id
