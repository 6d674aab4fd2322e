// Benchmark only: removes up to $limit entity nodes (after their relationships; called until 0).
MATCH (n:Entity)
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
