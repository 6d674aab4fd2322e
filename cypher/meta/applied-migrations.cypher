MATCH (m:SchemaMigration)
RETURN m.version AS version, m.name AS name
ORDER BY version
