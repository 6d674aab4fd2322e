// Membership edges (MEMBER_OF) filtered by group, member and/or role; each with both ends so the
// caller can prime its node cache. Roles are stored in lower case ("member", "chair", ...).
// The ids are checked here too (one round-trip, fragments/check-ids): idProblem names the first of group and member
// (when given) that no node has, or a group not of $groupKinds; then no edge comes. One row of
// nulls (edge null) when no edge answers.
WITH [{argument: 'group', id: $group, expected: $groupKinds},
  {argument: 'member', id: $member, expected: null}] AS idChecks
@include(check-ids)
OPTIONAL MATCH (member:Entity)-[m:MEMBER_OF]->(group:Entity)
WHERE idProblem IS NULL
  AND ($group IS NULL OR group.id = $group)
  AND ($member IS NULL OR member.id = $member)
  AND ($role IS NULL OR m.role = $role)
RETURN idProblem,
  CASE WHEN m IS NOT NULL THEN {type: 'MEMBER_OF', from: member.id, to: group.id, props: properties(m)} END AS edge,
  CASE WHEN m IS NOT NULL THEN {label: [l IN labels(member) WHERE l <> 'Entity'][0], props: properties(member)} END AS fromNode,
  CASE WHEN m IS NOT NULL THEN {label: [l IN labels(group) WHERE l <> 'Entity'][0], props: properties(group)} END AS toNode
ORDER BY group.name, member.name, m.role
LIMIT toInteger($limit)
