// Locks both ends of a relationship for this transaction, so two concurrent writes of the
// same edge are serialised (the second sees the first's edge instead of creating a twin).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
SET a._lock = true, b._lock = true
REMOVE a._lock, b._lock
RETURN a.id AS from, b.id AS to
