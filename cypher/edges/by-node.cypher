// GENERATED from src/model/model.ts by `npm run model:generate` (src/model/edge-query.ts): do not edit.
// Batch lookup of relationships of one type, in one direction, for many nodes: one query per
// DataLoader batch, whatever mix of nodes, types and directions the batch holds.
// key: {id, type, direction: 'out' | 'in'}. Returns one row per edge with the node at the other
// end, so the caller can prime its node cache. Ordered by the other node's name for stable lists.
//
// Why one branch per relationship type and direction, written out: with a dynamic type
// (-[r:$(key.type)]->) Neo4j expands every relationship of the node and filters afterwards, so an
// instrument's 5 monitoring edges cost as much as its thousands of ratifications. A static type
// lets it read only that type's relationships. The branches cover the model's relationship types;
// a key of any other type matches no branch and gets no edges.
CALL () {
  UNWIND [k IN $keys WHERE k.type = 'RATIFIED' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:RATIFIED]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'RATIFIED' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:RATIFIED]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SIGNED' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:SIGNED]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SIGNED' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:SIGNED]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'COVERS' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:COVERS]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'COVERS' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:COVERS]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'MEMBER_OF' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:MEMBER_OF]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'MEMBER_OF' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:MEMBER_OF]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SECRETARIAT_OF' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:SECRETARIAT_OF]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SECRETARIAT_OF' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:SECRETARIAT_OF]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'HAS_MANDATE' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:HAS_MANDATE]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'HAS_MANDATE' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:HAS_MANDATE]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'MONITORS' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:MONITORS]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'MONITORS' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:MONITORS]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'ESTABLISHED_BY' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:ESTABLISHED_BY]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'ESTABLISHED_BY' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:ESTABLISHED_BY]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'PART_OF' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:PART_OF]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'PART_OF' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:PART_OF]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SUPPLEMENTS' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:SUPPLEMENTS]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SUPPLEMENTS' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:SUPPLEMENTS]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'PROTECTS' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:PROTECTS]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'PROTECTS' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:PROTECTS]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'GUARANTEES' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:GUARANTEES]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'GUARANTEES' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:GUARANTEES]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SUBCATEGORY_OF' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:SUBCATEGORY_OF]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'SUBCATEGORY_OF' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:SUBCATEGORY_OF]-(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'HOSTED_BY' AND k.direction = 'out'] AS key
  MATCH (n:Entity {id: key.id})-[r:HOSTED_BY]->(m)
  RETURN key, r, m
  UNION ALL
  UNWIND [k IN $keys WHERE k.type = 'HOSTED_BY' AND k.direction = 'in'] AS key
  MATCH (n:Entity {id: key.id})<-[r:HOSTED_BY]-(m)
  RETURN key, r, m
}
RETURN key.id AS nodeId, key.type AS type, key.direction AS direction,
       startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS edgeProps,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS otherLabel, properties(m) AS otherProps
ORDER BY nodeId, coalesce(m.name, m.title), r.id
