// States matching every given filter (null = not filtered), sorted by $sortField (an allow-listed
// property name), one page ($offset, $limit) plus the total number of matches.
MATCH (n:State)
WHERE ($region IS NULL OR n.region = $region)
  AND ($subregion IS NULL OR n.subregion = $subregion)
  AND ($unStatus IS NULL OR n.unStatus = $unStatus)
  AND ($partyTo IS NULL OR EXISTS { (n)-[:RATIFIED]->(:Instrument {id: $partyTo}) })
  AND ($notPartyTo IS NULL OR NOT EXISTS { (n)-[:RATIFIED]->(:Instrument {id: $notPartyTo}) })
  AND ($signatoryTo IS NULL OR EXISTS { (n)-[:SIGNED]->(:Instrument {id: $signatoryTo}) })
  AND ($memberOf IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Entity {id: $memberOf}) })
WITH n ORDER BY
  n[$sortField] IS NULL,
  CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
  CASE WHEN $descending THEN n[$sortField] END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
