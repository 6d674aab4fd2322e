// One hop of a neighbourhood: the nodes next to the frontier, in either direction, that are not
// yet in the answer. $types limits the relationships followed, $labels the kinds reached (empty
// list: all). Ordered by id so a capped answer is the same on every call.
// startKnown: whether a node has the frontier's first id, so the first hop checks the id the
// neighbourhood was asked about (no round-trip of its own). Always one row: id null when no node
// is reached.
OPTIONAL CALL () {
  UNWIND $frontier AS fromId
  MATCH (:Entity {id: fromId})-[r]-(next:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND (size($labels) = 0 OR any(l IN labels(next) WHERE l IN $labels))
    AND NOT next.id IN $seen
  RETURN DISTINCT next.id AS id
  ORDER BY id
  LIMIT toInteger($limit)
}
RETURN EXISTS { MATCH (:Entity {id: $frontier[0]}) } AS startKnown, id
ORDER BY id
