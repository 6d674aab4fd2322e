// Benchmark only: one batch of synthetic relationships, MERGE on the edge id between its two
// (indexed) ends, so a second load changes nothing. The type comes from the validated model.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(*) AS written
