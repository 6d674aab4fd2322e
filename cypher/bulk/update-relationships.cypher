// Replaces the properties of existing edges whose imported row differs (runs before any create).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE r.id = row.id
SET r = row.props
RETURN count(r) AS count
