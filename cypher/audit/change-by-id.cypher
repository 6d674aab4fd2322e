// One audit record, with the ids of the changes that reverted it.
MATCH (c:Change {id: $id})
OPTIONAL MATCH (r:Change {revertOf: c.id})
WITH c, r ORDER BY r.at
RETURN properties(c) AS change, collect(r.id) AS revertedBy
