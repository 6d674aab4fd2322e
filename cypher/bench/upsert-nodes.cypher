// Benchmark only: one batch of synthetic nodes. MERGE on the constrained id, so a second load
// of the same graph changes nothing; the kind label comes from the validated model.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
RETURN count(*) AS written
