// Figures reported by the documents (StatusReport), optionally about one node or of one measure.
MATCH (n:StatusReport)
WHERE ($about IS NULL OR n.about = $about)
  AND ($measure IS NULL OR n.measure = $measure)
WITH n ORDER BY
  n[$sortField] IS NULL,
  CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
  CASE WHEN $descending THEN n[$sortField] END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
