// One page of the State-by-instrument status table (/data/treaty-status.csv): the next $limit
// States after ($afterName, $afterId) in name order, each with every instrument of $instruments,
// one row per pair in that order. Per pair the same facts analyst/protection-profile.cypher reads:
// every RATIFIED record with superseded (fragments/consent-superseded: a complete table of a later
// date covers the State and records no consent of it), every SIGNED record, and the as-of dates of
// the complete participant tables covering the State. The status is derived from them by src/graph/pair-status.ts, the
// rule protectionProfile uses too.
MATCH (state:State)
WHERE $afterName IS NULL OR state.name > $afterName OR (state.name = $afterName AND state.id > $afterId)
WITH state ORDER BY state.name, state.id LIMIT toInteger($limit)
UNWIND range(0, size($instruments) - 1) AS column
MATCH (instrument:Instrument {id: $instruments[column]})
RETURN state.id AS stateId, state.name AS stateName, state.iso3 AS iso3, instrument.id AS instrumentId,
  [(state)-[r:RATIFIED]->(instrument) | {type: 'RATIFIED', from: state.id, to: instrument.id, props: properties(r),
    superseded: @include(consent-superseded)}] AS ratifications,
  [(state)-[s:SIGNED]->(instrument) | {type: 'SIGNED', from: state.id, to: instrument.id, props: properties(s)}] AS signatures,
  [(source:Source)-[c:COVERS]->(instrument)
    WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) | {sourceId: source.id, asOf: c.asOf}] AS coveredBy
ORDER BY state.name, state.id, column
