// The audit trail, newest first, filtered by node (as target or as either end of an edge),
// by relationship (one edge's history), by curator (key id or name), by time, by the bulk
// import that recorded it and by the proposal it came from; one page plus the total. Null
// filters do not filter.
MATCH (c:Change)
WHERE ($nodeId IS NULL OR c.targetId = $nodeId OR c.fromId = $nodeId OR c.toId = $nodeId)
  AND ($curator IS NULL OR c.curatorId = $curator OR c.curatorName = $curator)
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($relationshipId IS NULL OR (c.targetType = 'RELATIONSHIP' AND c.targetId = $relationshipId))
  AND ($importId IS NULL OR c.importId = $importId)
  AND ($proposalId IS NULL OR c.proposalId = $proposalId)
WITH c ORDER BY c.at DESC, c.id DESC
WITH collect(c) AS matched
RETURN size(matched) AS total,
       [c IN matched[toInteger($offset)..toInteger($offset) + toInteger($first)] |
         {change: properties(c), revertedBy: COLLECT { MATCH (r:Change {revertOf: c.id}) RETURN r.id ORDER BY r.at }}] AS page
