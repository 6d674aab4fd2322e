// A new relationship between two existing nodes (the ends are locked and the id checked first).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $props
RETURN r.id AS id
