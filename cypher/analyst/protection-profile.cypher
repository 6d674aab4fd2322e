// A State's protection profile for a migrant category: every instrument that protects the
// category or a broader one (walking SUBCATEGORY_OF up, shortest path kept as evidence), with the
// State's ratification and signature of it, the rights it guarantees and the bodies that monitor
// it. coveredAsOf lists the as-of dates of the complete participant tables (COVERS) that cover this
// State for the instrument: without one, a State with no recorded consent is "unknown", never
// "missing". Edges come back as {type, from, to, props}.
//
// The ids are checked here too (one round-trip): idProblem names the first argument whose id is
// unknown (kind null) or of another kind, and then no instrument comes. One record: the State and
// category once, the instruments as a list in name order (empty when none answers).
// $rightFields / $monitorFields: the properties of the rights' and monitors' end nodes the request
// reads (names from the schema, never from request text), sent as `values` in that order; null
// sends every property as `props` (no selection known).
// $edgeCitations: false when the request selects no `sources` anywhere, so the status, guarantee
// and monitoring edges come without their citations (quotes are most of an answer's bytes).
OPTIONAL MATCH (state:Entity {id: $state})
OPTIONAL MATCH (category:Entity {id: $category})
WITH state, category, [check IN [
    {argument: 'state', id: $state, expected: ['State'], kind: [l IN labels(state) WHERE l <> 'Entity'][0]},
    {argument: 'category', id: $category, expected: ['MigrantCategory'], kind: [l IN labels(category) WHERE l <> 'Entity'][0]}
  ] WHERE check.kind IS NULL OR NOT check.kind IN check.expected][0] AS idProblem
// Read once here, not once per instrument row.
WITH state, category, idProblem,
  CASE WHEN idProblem IS NULL THEN properties(state) END AS stateProps,
  CASE WHEN idProblem IS NULL THEN properties(category) END AS categoryProps
OPTIONAL CALL (state, category, idProblem) {
  WITH category WHERE idProblem IS NULL
  MATCH up = (category)-[:SUBCATEGORY_OF*0..8]->(:MigrantCategory)<-[protects:PROTECTS]-(instrument:Instrument)
  WITH instrument, protects, up ORDER BY length(up)
  RETURN instrument, collect({protects: protects, up: up})[0] AS best
}
WITH idProblem, stateProps, categoryProps, state, instrument, best ORDER BY instrument.name
RETURN idProblem, stateProps, categoryProps, collect(CASE WHEN instrument IS NOT NULL THEN {
  instrumentId: instrument.id, instrumentProps: properties(instrument),
  categoryPath: [n IN nodes(best.up) WHERE n:MigrantCategory | n.id],
  protection: {type: 'PROTECTS', from: instrument.id, to: endNode(best.protects).id, props: properties(best.protects)},
  // superseded: a complete table of a later date covers the State and records no consent of it.
  ratifications: [(state)-[r:RATIFIED]->(instrument) | {type: 'RATIFIED', from: state.id, to: instrument.id, props: CASE WHEN $edgeCitations THEN properties(r)
      ELSE r {.*, citeSources: null, citeLocators: null, citeQuotes: null} END,
    superseded: EXISTS { (src:Source)-[c:COVERS]->(instrument)
      WHERE c.complete AND c.asOf > coalesce(r.asOf, '') AND (c.participants = 'all' OR state.unMember)
        AND NOT state.id IN coalesce(c.excludes, []) AND NOT EXISTS { (state)-[r2:RATIFIED]->(instrument) WHERE src.id IN r2.citeSources } }}],
  signatures: [(state)-[s:SIGNED]->(instrument) | {type: 'SIGNED', from: state.id, to: instrument.id, props: CASE WHEN $edgeCitations THEN properties(s)
      ELSE s {.*, citeSources: null, citeLocators: null, citeQuotes: null} END}],
  guarantees: [(instrument)-[g:GUARANTEES]->(right:Right) | {type: 'GUARANTEES', from: instrument.id, to: right.id, props: CASE WHEN $edgeCitations THEN properties(g)
      ELSE g {.*, citeSources: null, citeLocators: null, citeQuotes: null} END,
    other: {label: 'Right', props: CASE WHEN $rightFields IS NULL THEN properties(right) END,
      values: [k IN coalesce($rightFields, []) | right[k]]}}],
  monitors: [(monitor:Entity)-[m:MONITORS]->(instrument) | {type: 'MONITORS', from: monitor.id, to: instrument.id, props: CASE WHEN $edgeCitations THEN properties(m)
      ELSE m {.*, citeSources: null, citeLocators: null, citeQuotes: null} END,
    other: {label: [l IN labels(monitor) WHERE l <> 'Entity'][0], props: CASE WHEN $monitorFields IS NULL THEN properties(monitor) END,
      values: [k IN coalesce($monitorFields, []) | monitor[k]]}}],
  coveredAsOf: [(:Source)-[c:COVERS]->(instrument)
    WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) | c.asOf]
} END) AS instruments
