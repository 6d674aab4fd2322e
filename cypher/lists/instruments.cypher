// Instruments matching every given filter (null = not filtered); sorting and paging as in states.cypher.
MATCH (n:Instrument)
WHERE ($types IS NULL OR n.type IN $types)
  AND ($binding IS NULL OR n.binding = $binding)
  AND ($scope IS NULL OR n.scope = $scope)
  AND ($adoptedFrom IS NULL OR n.adoptedYear >= $adoptedFrom)
  AND ($adoptedTo IS NULL OR n.adoptedYear <= $adoptedTo)
  AND ($depositary IS NULL OR n.depositary = $depositary)
  AND ($monitoredBy IS NULL OR EXISTS { (:Entity {id: $monitoredBy})-[:MONITORS]->(n) })
  AND ($protects IS NULL OR EXISTS { (n)-[:PROTECTS]->(:MigrantCategory {id: $protects}) })
  AND ($guarantees IS NULL OR EXISTS { (n)-[:GUARANTEES]->(:Right {id: $guarantees}) })
WITH n ORDER BY
  n[$sortField] IS NULL,
  CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
  CASE WHEN $descending THEN n[$sortField] END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
