// The meta query: engine version and counts, read from the database itself.
CALL dbms.components() YIELD name, versions, edition
WITH versions[0] AS version, edition
CALL { MATCH (n) RETURN count(n) AS nodeCount }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
CALL { MATCH (m:SchemaMigration) RETURN max(m.version) AS schemaVersion }
RETURN version, edition, nodeCount, relationshipCount, schemaVersion
