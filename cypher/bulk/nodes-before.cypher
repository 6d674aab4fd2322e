// The state of the import's nodes that already exist (the audit's "before": kind label and
// properties), locked for the rest of the transaction so it is what the import then replaces,
// and whether the row would leave the node as it is (same test as seed/upsert-nodes).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
  properties(n) = row.props AND row.label IN labels(n) AS same
