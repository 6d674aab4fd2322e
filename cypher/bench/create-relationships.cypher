// Benchmark only: one batch of synthetic relationships into a wiped graph (bench/load-graph.ts
// wipes it first and checks the edge ids are distinct across batches), so CREATE: MERGE would
// read the relationships of one end (hundreds on a popular instrument) for every row to find
// none. The type comes from the validated model.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(*) AS written
