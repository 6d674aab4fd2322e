// Dry run of seed/upsert-nodes: the same outcome per row (created, updated, unchanged), written
// nowhere, plus the names of the properties an update would change.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before
RETURN row.id AS id,
  CASE
    WHEN old IS NULL THEN 'created'
    WHEN before = row.props AND row.label IN labels(old) THEN 'unchanged'
    ELSE 'updated' END AS outcome,
  [k IN keys(row.props) + [k IN keys(before) WHERE NOT k IN keys(row.props)]
    WHERE old IS NOT NULL AND NOT coalesce(before[k] = row.props[k], false)] AS changed
