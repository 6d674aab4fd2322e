// Write-locks the ends of the edges an import writes, for the rest of its transaction, before it
// looks the edges up: a concurrent write of the same edge (curation/lock-ends takes the same
// locks) then either committed before the lookup sees it, or waits for the import to commit.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS count
