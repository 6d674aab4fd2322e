// The nodes with the given distinct ids, in the order given, and the edges among them (both ends
// in $ids) of the $types given (empty list: all): what neighborhood and subgraph answer, in one
// round-trip. A node no longer (or never) in the graph comes back with label null, so subgraph
// can name it. Edges: at most $limit, by id, so a capped answer is stable; the caller asks for one
// more than it keeps to know whether the cap cut it.
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  RETURN collect({id: id, label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}) AS nodes
}
CALL () {
  UNWIND $ids AS fromId
  MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
  WHERE b.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
  WITH a, r, b ORDER BY r.id
  LIMIT toInteger($limit)
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS edges
}
RETURN nodes, edges
