// Shortest connection between two nodes, following relationships in either direction.
// $types limits the relationship types (empty list: all), checked during the search.
// A quantifier cannot be a parameter, so the search bound is fixed at 8 (the API's largest
// maxLength) and $maxLength is applied to the path found. Among equally short paths the one
// whose edge ids sort first is returned, so the answer does not depend on storage order
// (SHORTEST 1 returns whichever the search meets first, which changes after a reload).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE size($types) = 0 OR type(r) IN $types]-()){1,8}(b)
WHERE length(p) <= $maxLength
WITH p ORDER BY [r IN relationships(p) | r.id] LIMIT 1
RETURN length(p) AS length,
  [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
