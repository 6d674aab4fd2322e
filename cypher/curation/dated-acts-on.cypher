// Dated ratifications and signatures of an instrument: a new adoption date must not come after them.
MATCH (s:Entity)-[r:RATIFIED|SIGNED]->(:Entity {id: $id})
WHERE r.date IS NOT NULL
RETURN type(r) AS type, s.id AS fromId, properties(r) AS props
