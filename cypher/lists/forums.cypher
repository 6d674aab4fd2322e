// Forums, dialogues and meetings matching every given filter; sorting and paging as in states.cypher.
MATCH (n:Forum)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($yearFrom IS NULL OR n.dateYear >= $yearFrom)
  AND ($yearTo IS NULL OR n.dateYear <= $yearTo)
  AND ($hostedBy IS NULL OR EXISTS { (n)-[:HOSTED_BY]->(:State {id: $hostedBy}) })
WITH n ORDER BY
  n[$sortField] IS NULL,
  CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
  CASE WHEN $descending THEN n[$sortField] END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
