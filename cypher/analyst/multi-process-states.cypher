// States a page records as member or founder of at least $minGroups RCPs (any page, any date),
// with those RCPs: who takes part in several processes at once.
MATCH (s:State)-[m:MEMBER_OF]->(p:RCP)
WHERE m.role IN ['member', 'founder']
WITH s, collect(DISTINCT p.id) AS groupIds
WHERE size(groupIds) >= $minGroups
RETURN s.id AS stateId, groupIds
ORDER BY size(groupIds) DESC, s.id
LIMIT toInteger($limit)
