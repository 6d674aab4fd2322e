// Mandates (HAS_MANDATE) filtered by holder, subject and/or kind. For a category subject, a
// mandate over a broader category counts too: the category is walked up SUBCATEGORY_OF and the
// shortest path is returned as the reason. Other subjects match exactly.
MATCH (holder:Entity)-[mandate:HAS_MANDATE]->(covered:Entity)
WHERE ($holder IS NULL OR holder.id = $holder)
  AND ($kind IS NULL OR mandate.kind = $kind)
OPTIONAL MATCH up = (:MigrantCategory {id: $subject})-[:SUBCATEGORY_OF*0..8]->(covered)
WITH holder, mandate, covered, up
WHERE $subject IS NULL OR covered.id = $subject OR up IS NOT NULL
WITH holder, mandate, covered, up ORDER BY length(up)
WITH holder, mandate, covered, collect(up)[0] AS shortest
RETURN {type: 'HAS_MANDATE', from: holder.id, to: covered.id, props: properties(mandate)} AS edge,
  {label: [l IN labels(holder) WHERE l <> 'Entity'][0], props: properties(holder)} AS fromNode,
  {label: [l IN labels(covered) WHERE l <> 'Entity'][0], props: properties(covered)} AS toNode,
  CASE WHEN shortest IS NULL THEN [] ELSE [n IN nodes(shortest) | n.id] END AS categoryPath
ORDER BY size(categoryPath), holder.name, covered.name, mandate.kind
LIMIT toInteger($limit)
