// Mandates (HAS_MANDATE) filtered by holder, subject and/or kind. For a category subject, a
// mandate over a broader category counts too: the category is walked up SUBCATEGORY_OF and the
// shortest path is returned as the reason. Other subjects match exactly.
// The ids are checked here too (one round-trip, fragments/check-ids): idProblem names the first of holder and subject
// (when given) that no node has, or a holder that is not an Organization or Body; then no mandate
// comes. One row of nulls (edge null) when no mandate answers.
WITH [{argument: 'holder', id: $holder, expected: ['Organization', 'Body']},
  {argument: 'subject', id: $subject, expected: null}] AS idChecks
@include(check-ids)
OPTIONAL CALL (idProblem) {
  WITH idProblem WHERE idProblem IS NULL
  MATCH (holder:Entity)-[mandate:HAS_MANDATE]->(covered:Entity)
  WHERE ($holder IS NULL OR holder.id = $holder)
    AND ($kind IS NULL OR mandate.kind = $kind)
  OPTIONAL MATCH up = (:MigrantCategory {id: $subject})-[:SUBCATEGORY_OF*0..8]->(covered)
  WITH holder, mandate, covered, up
  WHERE $subject IS NULL OR covered.id = $subject OR up IS NOT NULL
  WITH holder, mandate, covered, up ORDER BY length(up)
  RETURN holder, mandate, covered, collect(up)[0] AS shortest
}
WITH idProblem, holder, mandate, covered, CASE WHEN shortest IS NULL THEN [] ELSE [n IN nodes(shortest) | n.id] END AS categoryPath
RETURN idProblem,
  CASE WHEN mandate IS NOT NULL THEN {type: 'HAS_MANDATE', from: holder.id, to: covered.id, props: properties(mandate)} END AS edge,
  CASE WHEN mandate IS NOT NULL THEN {label: [l IN labels(holder) WHERE l <> 'Entity'][0], props: properties(holder)} END AS fromNode,
  CASE WHEN mandate IS NOT NULL THEN {label: [l IN labels(covered) WHERE l <> 'Entity'][0], props: properties(covered)} END AS toNode,
  categoryPath
ORDER BY size(categoryPath), holder.name, covered.name, mandate.kind
LIMIT toInteger($limit)
