// Revoking keeps the key (the audit trail names it) but it no longer opens anything.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime()), k.revokedBy = coalesce(k.revokedBy, $revokedBy)
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
