// Idempotent relationship upsert, one batch per call: MERGE on the edge id between its two ends.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old {id: row.id}]->(b)
WITH row, a, b, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = row.props THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN outcome, count(*) AS count
