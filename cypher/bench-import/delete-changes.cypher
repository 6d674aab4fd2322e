// Benchmark only (its own throwaway database): removes up to $limit audit records, so the
// per-row run starts from the same state as the bulk run.
MATCH (c:Change)
WITH c LIMIT toInteger($limit)
DELETE c
RETURN count(*) AS deleted
