// Which of the rows' edges already exist, their stored properties (the audit's "before") and
// whether they already match the row. Run at the start of the import's transaction, before it
// writes any edge: matching an edge against a large uncommitted change set is what made MERGE
// slow (on a graph without relationships the planner scans all relationships per row, and the
// transaction's own new ones count too).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE r.id = row.id
RETURN row.id AS id, properties(r) AS props, properties(r) = row.props AS same
