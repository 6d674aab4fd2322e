// One breadth-first hop of a neighbourhood (graph/neighborhood includes it once per hop, up to
// the depth cap): the nodes next to the frontier, in either direction, not yet seen; $types limits
// the relationships followed, $labels the kinds reached (empty list: all). Ordered by id so a
// capped answer is the same on every call. The node cap $nodeLimit keeps as many as there is
// room for; one more than that tells the cap cut this hop. After a cut, or the hop $depth, the
// next frontier is empty, so the hops after it read nothing: the walk stops there.
// Why in steps: the lists seen and frontier ride along in every row of a subquery that imports
// them, and Neo4j counts them again for each row an operator keeps, and tests IN against such a
// list row by row. So the ids next to the frontier are collected once (an aggregation keeps one
// set, not rows), the seen ones taken out of that set, and the rest put in order by the id
// index (an ordered seek that stops after the limit, keeping no rows).
// In: startKnown, seen (the ids of the answer so far, in order), frontier (the ids last
// reached), truncated, hop (this hop's number, from 1). Out: the same, after this hop.
CALL (frontier, seen) {
  UNWIND frontier AS fromId
  MATCH (:Entity {id: fromId})-[r]-(next:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND (size($labels) = 0 OR any(l IN labels(next) WHERE l IN $labels))
  RETURN collect(DISTINCT next.id) AS reached
}
WITH startKnown, seen, truncated, hop, $nodeLimit - size(seen) AS room, COLLECT {
  MATCH (next:Entity) WHERE next.id IN [id IN reached WHERE NOT id IN seen]
  RETURN next.id AS id ORDER BY id LIMIT toInteger($nodeLimit) + 1
} AS found
WITH startKnown, seen + found[0..room] AS seen, truncated OR size(found) > room AS truncated, hop + 1 AS hop,
  CASE WHEN size(found) > room OR hop >= $depth THEN [] ELSE found END AS frontier
