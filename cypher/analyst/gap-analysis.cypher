// Gap analysis: States in a group (recorded MEMBER_OF with a role other than observer) or in a UN
// geoscheme region/subregion, split by whether they are recorded as party to the instrument.
// "Not recorded as party" is only meaningful when the instrument has per-State data at all
// (statusHeld); the caller says so instead of calling every member a non-party.
// Always one row for a known instrument (OPTIONAL CALL): groupHasMembers, regionKnown and
// subregionKnown let the caller refuse a group with no recorded State members, or a region no
// State is in, instead of answering "no members".
MATCH (instrument:Instrument {id: $instrument})
OPTIONAL CALL (instrument) {
  MATCH (state:State)
  WHERE ($group IS NULL OR EXISTS {
          MATCH (state)-[m:MEMBER_OF]->(:Entity {id: $group}) WHERE m.role <> 'observer' })
    AND ($region IS NULL OR state.region = $region)
    AND ($subregion IS NULL OR state.subregion = $subregion)
  RETURN state ORDER BY state.name
}
WITH instrument, state,
  EXISTS { (state)-[:RATIFIED]->(instrument) } AS party,
  EXISTS { (state)-[:SIGNED]->(instrument) } AS signed
WITH instrument,
  collect(state.id) AS memberIds,
  collect(CASE WHEN party THEN state.id END) AS partyIds,
  collect(CASE WHEN NOT party THEN state.id END) AS nonPartyIds,
  collect(CASE WHEN NOT party AND signed THEN state.id END) AS signedOnlyIds
RETURN instrument.id AS instrumentId, size(memberIds) AS memberCount, partyIds, nonPartyIds, signedOnlyIds,
  EXISTS { (:State)-[:RATIFIED|SIGNED]->(instrument) } AS statusHeld,
  $group IS NULL OR EXISTS {
    MATCH (:State)-[m:MEMBER_OF]->(:Entity {id: $group}) WHERE m.role <> 'observer' } AS groupHasMembers,
  $region IS NULL OR EXISTS { MATCH (s:State) WHERE s.region = $region } AS regionKnown,
  $subregion IS NULL OR EXISTS { MATCH (s:State) WHERE s.subregion = $subregion } AS subregionKnown
