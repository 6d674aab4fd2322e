// The key a request presents, found by the hash of its secret (revoked keys too, to say so).
MATCH (k:ApiKey {hash: $hash})
RETURN k.id AS id, k.name AS name, k.role AS role, k.revokedAt AS revokedAt
