// One API key by id, locked for the revoking transaction.
MATCH (k:ApiKey {id: $id})
SET k._lock = true REMOVE k._lock
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
