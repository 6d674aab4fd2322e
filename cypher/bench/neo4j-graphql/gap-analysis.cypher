// @cypher statement of Query.gapAnalysis in the benchmark's @neo4j/graphql schema: the analyst
// statement (analyst/gap-analysis) inside CALL, its lists of State ids as one map; the only edits:
// $membersAsOf is null (the latest memberships, as the benchmark asks) and $groupKinds is written
// out as the model's group labels (GROUP_LABELS), because a @cypher field takes only its arguments.
CALL () {
  WITH [{argument: 'instrument', id: $instrument, expected: ['Instrument']},
    {argument: 'group', id: $group, expected: ['RCP', 'Forum', 'Organization', 'Body']}] AS idChecks
  @include(check-ids)
  WITH idProblem, askedNodes[1] AS askedGroup, CASE WHEN idProblem IS NULL THEN askedNodes[0] END AS instrument
  OPTIONAL CALL () {
    MATCH (:State)-[c:MEMBER_OF]->(:Entity {id: $group})
    WHERE c.listComplete AND c.role IN ['member', 'founder'] AND (null IS NULL OR c.asOf <= null)
    RETURN max(c.asOf) AS listAsOf
  }
  OPTIONAL CALL (instrument, listAsOf) {
    MATCH (state:State)
    WHERE instrument IS NOT NULL AND ($group IS NULL OR EXISTS {
            MATCH (state)-[m:MEMBER_OF]->(:Entity {id: $group})
            WHERE m.role IN ['member', 'founder']
              AND NOT coalesce(m.lastYear < toInteger(left(m.asOf, 4)), false)
              AND CASE WHEN listAsOf IS NULL THEN (null IS NULL OR m.asOf IS NULL OR m.asOf <= null)
                       ELSE m.listComplete AND m.asOf = listAsOf END })
      AND ($region IS NULL OR state.region = $region)
      AND ($subregion IS NULL OR state.subregion = $subregion)
    RETURN state ORDER BY state.name
  }
  WITH idProblem, askedGroup, instrument, listAsOf, state,
    // A recorded consent counts unless superseded (fragments/consent-superseded).
    EXISTS { (state)-[r:RATIFIED]->(instrument) WHERE NOT @include(consent-superseded) } AS party,
    EXISTS { (state)-[:SIGNED]->(instrument) } AS signed,
    [(source:Source)-[c:COVERS]->(instrument)
      WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) | c.asOf] AS coveredAsOf
  WITH idProblem, askedGroup, instrument, listAsOf,
    collect(state.id) AS memberIds,
    // Every State listed, whole, so the caller loads none of them again.
    collect(properties(state)) AS memberProps,
    collect(CASE WHEN party THEN state.id END) AS partyIds,
    collect(CASE WHEN NOT party AND size(coveredAsOf) > 0 THEN state.id END) AS nonPartyIds,
    collect(CASE WHEN NOT party AND signed THEN state.id END) AS signedOnlyIds,
    collect(CASE WHEN NOT party AND size(coveredAsOf) = 0 THEN state.id END) AS unknownIds,
    // The as-of date of "not party": each non-party's latest covering table, the oldest of those
    // (every listed non-party is known not party as of at least that date).
    reduce(oldest = null, d IN collect(CASE WHEN NOT party AND size(coveredAsOf) > 0
      THEN reduce(m = '', x IN coveredAsOf | CASE WHEN x > m THEN x ELSE m END) END)
      | CASE WHEN oldest IS NULL OR d < oldest THEN d ELSE oldest END) AS notPartyAsOf
  RETURN idProblem, properties(instrument) AS instrumentProps, CASE WHEN idProblem IS NULL THEN properties(askedGroup) END AS groupProps,
    [l IN labels(askedGroup) WHERE l <> 'Entity'][0] AS groupLabel,
    instrument.id AS instrumentId, size(memberIds) AS memberCount, memberProps, partyIds, nonPartyIds, signedOnlyIds, unknownIds,
    notPartyAsOf, listAsOf AS membershipAsOf,
    EXISTS { (:State)-[:RATIFIED|SIGNED]->(instrument) } AS statusHeld,
    $group IS NULL OR EXISTS {
      MATCH (:State)-[m:MEMBER_OF]->(:Entity {id: $group})
      WHERE m.role IN ['member', 'founder'] AND NOT coalesce(m.lastYear < toInteger(left(m.asOf, 4)), false) } AS groupHasMembers,
    $region IS NULL OR EXISTS { MATCH (s:State) WHERE s.region = $region } AS regionKnown,
    $subregion IS NULL OR EXISTS { MATCH (s:State) WHERE s.subregion = $subregion } AS subregionKnown
}
// The statement checks its own ids; a row with idProblem answers nothing here.
WITH * WHERE idProblem IS NULL
RETURN {memberCount: memberCount, parties: partyIds, nonParties: nonPartyIds, signedOnly: signedOnlyIds,
  unknown: unknownIds, statusAsOf: notPartyAsOf} AS gap
