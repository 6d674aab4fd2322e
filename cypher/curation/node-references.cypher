// What still refers to a node: its relationships, citations of it (a Source) and figures about it.
// A revert does not delete a node anything refers to.
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)--() } AS relationships,
       COUNT { MATCH (m:Entity) WHERE m.id <> $id AND $id IN m.citeSources RETURN m } +
       COUNT { MATCH ()-[r]->() WHERE $id IN r.citeSources RETURN r } AS citations,
       COUNT { MATCH (s:StatusReport {about: $id}) RETURN s } AS figures
