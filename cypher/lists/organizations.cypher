// Organizations matching every given filter (null = not filtered); sorting and paging as in states.cypher.
MATCH (n:Organization)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($memberOf IS NULL OR EXISTS { (n)-[m:MEMBER_OF]->(:Entity {id: $memberOf}) WHERE m.role IN ['member', 'founder', 'chair', 'observer'] })
  AND ($hasMandateOver IS NULL OR EXISTS { (n)-[:HAS_MANDATE]->(:Entity {id: $hasMandateOver}) })
WITH n ORDER BY
  n[$sortField] IS NULL,
  CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
  CASE WHEN $descending THEN n[$sortField] END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
