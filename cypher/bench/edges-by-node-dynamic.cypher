// Benchmark only: edges/by-node as it was before it spelled out one branch per relationship type
// (dynamic type $(key.type): Neo4j expands all of a node's relationships and filters). The bench
// replays the nested listing's statements with this text in its place, to show what the change did.
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
