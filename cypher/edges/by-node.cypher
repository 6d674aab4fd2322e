// Batch lookup of one relationship type, in one direction, for many nodes (one query per
// DataLoader batch). key: {id, type, direction: 'out' | 'in'}. Returns one row per edge with
// the node at the other end, so the caller can prime its node cache. Ordered by the other
// node's name for stable lists.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  WITH n, key WHERE key.direction = 'out'
  MATCH (n)-[r:$(key.type)]->(m)
  RETURN r, m
  UNION
  WITH n, key WHERE key.direction = 'in'
  MATCH (n)<-[r:$(key.type)]-(m)
  RETURN r, m
}
RETURN key.id AS nodeId, key.type AS type, key.direction AS direction,
       startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS edgeProps,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS otherLabel, properties(m) AS otherProps
ORDER BY nodeId, coalesce(m.name, m.title), r.id
