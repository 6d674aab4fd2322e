// Which processes and forums overlap with a group: States a page records as member or founder of
// both (any page, any date), and organisations or bodies that serve as secretariat of both.
// Attendance at a meeting, observers and governance seats are not counted.
// The id is checked here too (one round-trip, fragments/check-ids): idProblem when no node has it, or when it is not an
// RCP or Forum; then no overlap comes. The group and every node named come back whole
// ({label, props}), so the caller loads nothing more. One row of nulls (other null) when no
// process overlaps.
WITH [{argument: 'group', id: $group, expected: ['RCP', 'Forum']}] AS idChecks
@include(check-ids)
WITH idProblem, CASE WHEN idProblem IS NULL THEN askedNodes[0] END AS g
OPTIONAL CALL (g) {
  WITH g WHERE g IS NOT NULL
  CALL (g) {
    MATCH (g)<-[m1:MEMBER_OF]-(:State)-[m2:MEMBER_OF]->(other:RCP|Forum)
    WHERE m1.role IN ['member', 'founder'] AND m2.role IN ['member', 'founder'] AND other <> g
    RETURN DISTINCT other
    UNION
    MATCH (g)<-[:SECRETARIAT_OF]-(:Entity)-[:SECRETARIAT_OF]->(other:RCP|Forum)
    WHERE other <> g
    RETURN DISTINCT other
  }
  RETURN other,
    COLLECT { MATCH (g)<-[m1:MEMBER_OF]-(s:State)-[m2:MEMBER_OF]->(other)
              WHERE m1.role IN ['member', 'founder'] AND m2.role IN ['member', 'founder']
              WITH DISTINCT s ORDER BY s.id RETURN {label: 'State', props: properties(s)} } AS sharedMembers,
    COLLECT { MATCH (g)<-[:SECRETARIAT_OF]-(o:Entity)-[:SECRETARIAT_OF]->(other)
              WITH DISTINCT o ORDER BY o.id RETURN {label: [l IN labels(o) WHERE l <> 'Entity'][0], props: properties(o)} } AS sharedSecretariats
}
RETURN idProblem,
  CASE WHEN g IS NOT NULL THEN {label: [l IN labels(g) WHERE l <> 'Entity'][0], props: properties(g)} END AS groupNode,
  CASE WHEN other IS NOT NULL THEN {label: [l IN labels(other) WHERE l <> 'Entity'][0], props: properties(other)} END AS other,
  sharedMembers, sharedSecretariats
ORDER BY size(sharedMembers) DESC, other.id
LIMIT toInteger($limit)
