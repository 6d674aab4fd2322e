// Benchmark only: one batch of synthetic nodes into a wiped graph (bench/load-graph.ts wipes it
// first and checks the ids are distinct), so CREATE, without MERGE's lookup per row; the id
// constraint still refuses a duplicate. The kind label comes from the validated model.
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
RETURN count(*) AS written
