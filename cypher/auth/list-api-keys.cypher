// Every API key, oldest first, without its hash.
MATCH (k:ApiKey)
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
ORDER BY k.createdAt, k.id
