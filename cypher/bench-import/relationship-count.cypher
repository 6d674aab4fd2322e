// Benchmark only: relationships between domain nodes.
MATCH (:Entity)-[r]->(:Entity)
RETURN count(r) AS count
