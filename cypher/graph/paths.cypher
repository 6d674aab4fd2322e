// The shortest paths between two nodes, then the next shortest (alternatives), following
// relationships in either direction; no node twice on one path. $types limits the relationship
// types (empty list: all). Quantifier and k cannot be parameters: the search is bounded by the
// API's caps (6 relationships, 20 paths) and $maxLength / $limit are applied to what it finds.
// The ids are checked here too (one round-trip, fragments/check-ids): idProblem names the first of from and to that no
// node has; then, or when both are the same node, no path is searched, and one row of nulls
// (length null) stands for "no path".
WITH [{argument: 'from', id: $from, expected: null}, {argument: 'to', id: $to, expected: null}] AS idChecks
@include(check-ids)
WITH askedNodes[0] AS a, askedNodes[1] AS b, idProblem
OPTIONAL CALL (a, b, idProblem) {
  WITH a, b WHERE idProblem IS NULL AND a <> b
  MATCH p = SHORTEST 20 PATHS ((a)((x)-[r WHERE size($types) = 0 OR type(r) IN $types]-()){1,6}(b)
    WHERE all(i IN range(0, size(x) - 1) WHERE x[i] <> b AND NOT x[i] IN x[i + 1..]))
  WITH p WHERE length(p) <= $maxLength
  RETURN p
  ORDER BY length(p), [n IN nodes(p) | n.id]
  LIMIT toInteger($limit)
}
RETURN idProblem, length(p) AS length,
  CASE WHEN p IS NOT NULL THEN [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}] END AS nodes,
  CASE WHEN p IS NOT NULL THEN [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] END AS edges
ORDER BY length, [n IN nodes | n.props.id]
