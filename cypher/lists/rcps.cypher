// Regional consultative processes matching every given filter; sorting and paging as in states.cypher.
MATCH (n:RCP)
WHERE ($region IS NULL OR n.region = $region)
  AND ($secretariat IS NULL OR EXISTS { (:Entity {id: $secretariat})-[:SECRETARIAT_OF]->(n) })
WITH n ORDER BY
  n[$sortField] IS NULL,
  CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
  CASE WHEN $descending THEN n[$sortField] END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
