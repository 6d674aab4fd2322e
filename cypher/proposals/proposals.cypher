// The review queue, newest first, filtered by status, operation, proposer (key id or name) and
// node (the target, either end of a relationship, or any row of a bulk import); one page plus
// the total. Null filters do not filter.
MATCH (p:Proposal)
WHERE ($status IS NULL OR p.status = $status)
  AND ($operation IS NULL OR p.operation = $operation)
  AND ($proposedBy IS NULL OR p.proposedById = $proposedBy OR p.proposedByName = $proposedBy)
  AND ($nodeId IS NULL OR $nodeId IN p.nodeIds)
WITH p ORDER BY p.proposedAt DESC, p.id DESC
WITH collect(p) AS matched
RETURN size(matched) AS total,
       [p IN matched[toInteger($offset)..toInteger($offset) + toInteger($first)] | properties(p)] AS page
