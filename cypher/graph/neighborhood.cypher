// neighborhood(id, depth, relationshipTypes, kinds, limit) in one round-trip: the id check, the
// breadth-first walk (fragments/neighborhood-hop, once per hop up to the depth cap of 3,
// src/graphql/graph-caps.ts; the hops after $depth or after the node cap cut one read nothing),
// then the nodes reached and the edges among them (of $types; empty list: all), as graph/among
// answers them: nodes in the order reached, at most $edgeLimit edges by id (the caller asks for
// one more than it keeps, to know whether the edge cap cut them).
// No variable-length MATCH: hop by hop, the node cap stops the walk early instead of enumerating
// every path. startKnown: whether a node has the id $id (when not, nothing is walked and the
// caller answers NOT_FOUND). truncated: whether the node cap cut a hop. Always one row.
// Not graph/among's text: Neo4j counts a list again for each row an operator keeps (here the
// edges ordered by id), so the rows below carry only ns, the reached nodes, and no list of the
// walk: the aggregation that makes ns drops them.
OPTIONAL MATCH (start:Entity {id: $id})
WITH start IS NOT NULL AS startKnown, [$id] AS seen, CASE WHEN start IS NULL THEN [] ELSE [$id] END AS frontier,
  false AS truncated, 1 AS hop
@include(neighborhood-hop)
@include(neighborhood-hop)
@include(neighborhood-hop)
UNWIND seen AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH startKnown, truncated, collect(n) AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN ns AND (size($types) = 0 OR type(r) IN $types)
  WITH a, r, b ORDER BY r.id
  LIMIT toInteger($edgeLimit)
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS edges
}
RETURN startKnown, truncated, [n IN ns | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}] AS nodes, edges
