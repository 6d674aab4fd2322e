// A new API key; only the hash of its secret is stored.
CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), createdBy: $createdBy})
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
