// Deletes a node that has no relationships (only reverting its creation does this).
MATCH (n:Entity {id: $id})
WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted
