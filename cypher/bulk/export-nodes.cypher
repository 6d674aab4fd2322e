// Every domain node with its kind label and stored properties (the exporter orders them by id).
// Only :Entity nodes: API keys, audit records and migration bookkeeping are not graph content.
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props
