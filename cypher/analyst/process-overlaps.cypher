// Which processes and forums overlap with a group: States a page records as member or founder of
// both (any page, any date), and organisations or bodies that serve as secretariat of both.
// Attendance at a meeting, observers and governance seats are not counted.
MATCH (g:Entity {id: $group})
CALL (g) {
  MATCH (g)<-[m1:MEMBER_OF]-(:State)-[m2:MEMBER_OF]->(other:RCP|Forum)
  WHERE m1.role IN ['member', 'founder'] AND m2.role IN ['member', 'founder'] AND other <> g
  RETURN DISTINCT other
  UNION
  MATCH (g)<-[:SECRETARIAT_OF]-(:Entity)-[:SECRETARIAT_OF]->(other:RCP|Forum)
  WHERE other <> g
  RETURN DISTINCT other
}
WITH g, other,
  COLLECT { MATCH (g)<-[m1:MEMBER_OF]-(s:State)-[m2:MEMBER_OF]->(other)
            WHERE m1.role IN ['member', 'founder'] AND m2.role IN ['member', 'founder']
            RETURN DISTINCT s.id AS id ORDER BY id } AS sharedMemberIds,
  COLLECT { MATCH (g)<-[:SECRETARIAT_OF]-(o:Entity)-[:SECRETARIAT_OF]->(other)
            RETURN DISTINCT o.id AS id ORDER BY id } AS sharedSecretariatIds
RETURN other.id AS groupId, sharedMemberIds, sharedSecretariatIds
ORDER BY size(sharedMemberIds) DESC, other.id
LIMIT toInteger($limit)
