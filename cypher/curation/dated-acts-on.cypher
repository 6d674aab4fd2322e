// Dated ratifications and signatures of an instrument: a new adoption date must not come after them.
// The edge id carries type and ends, so the properties are all the caller needs.
MATCH (:Entity)-[r:RATIFIED|SIGNED]->(:Entity {id: $id})
WHERE r.date IS NOT NULL
RETURN properties(r) AS props
