// Gap analysis: States in a group or in a UN geoscheme region/subregion, split into parties, known
// non-parties and unknown. Group members are States recorded MEMBER_OF as member or founder (not
// observers, chairs, attendees of one meeting), leaving out a year run that ended before its data
// set's last year (a COW IGO run: past membership). When pages that list every member of the group
// (listComplete) exist, the members are those of the latest such list (dated on or before
// $membersAsOf, when given): membershipAsOf is its date. Otherwise every State a source calls a
// member (pages dated after $membersAsOf left out) and membershipAsOf is null.
// A State without a recorded consent is a known non-party only when a data set declares a complete
// participant table of the instrument that covers it (COVERS: all participants, or UN Members only,
// minus the rows it could not read); otherwise its status is unknown and it is never listed as a gap.
// Always one row for a known instrument (OPTIONAL CALL): groupHasMembers, regionKnown and
// subregionKnown let the caller refuse a group with no recorded State members, or a region no
// State is in, instead of answering "no members".
// The ids are checked here too (one round-trip fewer, fragments/check-ids): idProblem names the first argument whose
// id is unknown (kind null) or of another kind ($groupKinds: the group labels); then the rest
// finds nothing and the caller refuses the question.
WITH [{argument: 'instrument', id: $instrument, expected: ['Instrument']},
  {argument: 'group', id: $group, expected: $groupKinds}] AS idChecks
@include(check-ids)
WITH idProblem, askedNodes[1] AS askedGroup, CASE WHEN idProblem IS NULL THEN askedNodes[0] END AS instrument
OPTIONAL CALL () {
  MATCH (:State)-[c:MEMBER_OF]->(:Entity {id: $group})
  WHERE c.listComplete AND c.role IN ['member', 'founder'] AND ($membersAsOf IS NULL OR c.asOf <= $membersAsOf)
  RETURN max(c.asOf) AS listAsOf
}
OPTIONAL CALL (instrument, listAsOf) {
  MATCH (state:State)
  WHERE instrument IS NOT NULL AND ($group IS NULL OR EXISTS {
          MATCH (state)-[m:MEMBER_OF]->(:Entity {id: $group})
          WHERE m.role IN ['member', 'founder']
            AND NOT coalesce(m.lastYear < toInteger(left(m.asOf, 4)), false)
            AND CASE WHEN listAsOf IS NULL THEN ($membersAsOf IS NULL OR m.asOf IS NULL OR m.asOf <= $membersAsOf)
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
