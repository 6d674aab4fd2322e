// The shortest paths between two nodes, then the next shortest (alternatives), following
// relationships in either direction; no node twice on one path. $types limits the relationship
// types (empty list: all). Quantifier and k cannot be parameters: the search is bounded by the
// API's caps (6 relationships, 20 paths) and $maxLength / $limit are applied to what it finds.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 20 PATHS ((a)((x)-[r WHERE size($types) = 0 OR type(r) IN $types]-()){1,6}(b)
  WHERE all(i IN range(0, size(x) - 1) WHERE x[i] <> b AND NOT x[i] IN x[i + 1..]))
WITH p WHERE length(p) <= $maxLength
RETURN length(p) AS length,
  [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
ORDER BY length, [n IN nodes(p) | n.id]
LIMIT toInteger($limit)
