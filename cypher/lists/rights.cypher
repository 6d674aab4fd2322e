// Rights, optionally only those an instrument guarantees; sorting and paging as in states.cypher.
MATCH (n:Right)
WHERE ($guaranteedBy IS NULL OR EXISTS { (:Instrument {id: $guaranteedBy})-[:GUARANTEES]->(n) })
WITH n ORDER BY
  n[$sortField] IS NULL,
  CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
  CASE WHEN $descending THEN n[$sortField] END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
