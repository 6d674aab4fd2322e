// Shortest connection between two nodes, following relationships in either direction.
// $types limits the relationship types (empty list: all), checked during the search.
// A quantifier cannot be a parameter, so the search bound is fixed at 8 (the API's largest
// maxLength) and $maxLength is applied to the path found. Among equally short paths the one
// whose edge ids sort first is returned, so the answer does not depend on storage order
// (SHORTEST 1 returns whichever the search meets first, which changes after a reload).
// The ids are checked here too (one round-trip, fragments/check-ids): idProblem names the first of from and to that no
// node has; then, or when both are the same node, no path is searched. Always one row; length,
// nodes and edges are null when no path answers.
WITH [{argument: 'from', id: $from, expected: null}, {argument: 'to', id: $to, expected: null}] AS idChecks
@include(check-ids)
WITH askedNodes[0] AS a, askedNodes[1] AS b, idProblem
OPTIONAL CALL (a, b, idProblem) {
  WITH a, b WHERE idProblem IS NULL AND a <> b
  MATCH p = ALL SHORTEST (a)(()-[r WHERE size($types) = 0 OR type(r) IN $types]-()){1,8}(b)
  WHERE length(p) <= $maxLength
  WITH p ORDER BY [r IN relationships(p) | r.id] LIMIT 1
  RETURN p
}
RETURN idProblem, length(p) AS length,
  CASE WHEN p IS NOT NULL THEN [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}] END AS nodes,
  CASE WHEN p IS NOT NULL THEN [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] END AS edges
