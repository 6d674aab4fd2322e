// Benchmark only: removes up to $limit relationships between entities (called until it returns 0,
// so a 1M-relationship graph is emptied in transactions of bounded size).
MATCH (:Entity)-[r]->(:Entity)
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted
