// Benchmark only (its own throwaway database): removes up to $limit relationships between
// domain nodes, so the per-row run starts from the same state as the bulk run.
MATCH (:Entity)-[r]->(:Entity)
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted
