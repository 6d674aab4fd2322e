// Membership edges (MEMBER_OF) filtered by group, member and/or role; each with both ends so the
// caller can prime its node cache. Roles are stored in lower case ("member", "chair", ...).
MATCH (member:Entity)-[m:MEMBER_OF]->(group:Entity)
WHERE ($group IS NULL OR group.id = $group)
  AND ($member IS NULL OR member.id = $member)
  AND ($role IS NULL OR m.role = $role)
RETURN {type: 'MEMBER_OF', from: member.id, to: group.id, props: properties(m)} AS edge,
  {label: [l IN labels(member) WHERE l <> 'Entity'][0], props: properties(member)} AS fromNode,
  {label: [l IN labels(group) WHERE l <> 'Entity'][0], props: properties(group)} AS toNode
ORDER BY group.name, member.name, m.role
LIMIT toInteger($limit)
