// Removes one relationship, named by its id and ends.
MATCH (a:Entity {id: $from})-[r:$($type) {id: $id}]->(b:Entity {id: $to})
DELETE r
RETURN count(*) AS deleted
