// Dry run of seed/upsert-relationships: the same outcome per row, written nowhere, plus the
// names of the properties an update would change.
UNWIND $rows AS row
OPTIONAL MATCH (:Entity {id: row.from})-[old {id: row.id}]->(:Entity {id: row.to})
WITH row, old, CASE WHEN old IS NULL THEN {} ELSE properties(old) END AS before
RETURN row.id AS id,
  CASE
    WHEN old IS NULL THEN 'created'
    WHEN before = row.props THEN 'unchanged'
    ELSE 'updated' END AS outcome,
  [k IN keys(row.props) + [k IN keys(before) WHERE NOT k IN keys(row.props)]
    WHERE old IS NOT NULL AND NOT coalesce(before[k] = row.props[k], false)] AS changed
