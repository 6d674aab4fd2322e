// Idempotent node upsert, one batch per call: MERGE on id, replace properties, add the kind label.
// Reports per row whether it was created, changed or left as it was.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = row.props AND row.label IN labels(old) THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
RETURN outcome, count(*) AS count
