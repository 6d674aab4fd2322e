// Changes recorded for the same target after a given one (why a revert is refused).
MATCH (c:Change {targetId: $targetId})
WHERE c.at > datetime($at)
RETURN c.id AS id, c.operation AS operation, c.curatorName AS curatorName
ORDER BY c.at
