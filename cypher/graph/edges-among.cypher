// The edges among a set of nodes (both ends in $ids), of the $types given (empty list: all).
// At most $limit, by id, so a capped answer is stable; the caller asks for one more than it
// keeps to know whether the cap cut it.
UNWIND $ids AS fromId
MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
WHERE b.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY props.id
LIMIT toInteger($limit)
