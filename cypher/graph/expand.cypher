// One hop of a neighbourhood: the nodes next to the frontier, in either direction, that are not
// yet in the answer. $types limits the relationships followed, $labels the kinds reached (empty
// list: all). Ordered by id so a capped answer is the same on every call.
UNWIND $frontier AS fromId
MATCH (:Entity {id: fromId})-[r]-(next:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (size($labels) = 0 OR any(l IN labels(next) WHERE l IN $labels))
  AND NOT next.id IN $seen
RETURN DISTINCT next.id AS id
ORDER BY id
LIMIT toInteger($limit)
