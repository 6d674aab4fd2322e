// Creates edges the import found missing at the start of its transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS count
