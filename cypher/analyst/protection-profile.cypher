// A State's protection profile for a migrant category: every instrument that protects the
// category or a broader one (walking SUBCATEGORY_OF up, shortest path kept as evidence), with the
// State's ratification and signature of it, the rights it guarantees and the bodies that monitor
// it. coveredAsOf lists the as-of dates of the complete participant tables (COVERS) that cover this
// State for the instrument: without one, a State with no recorded consent is "unknown", never
// "missing".
//
// The ids are checked here too (one round-trip, fragments/check-ids): idProblem names the first argument whose id is
// unknown (kind null) or of another kind, and then no instrument comes. One record: the State and
// category once, the instruments as a list in name order (empty when none answers).
// Projection (src/resolvers/cross-silo/profile-selection.ts): $instrumentFields, $protectionFields,
// $ratificationFields, $signatureFields, $guaranteeFields, $monitoringFields, $rightFields and
// $monitorFields name the properties of each part the request reads (names from the schema, never
// from request text). Each part comes as a list: its values in its field list's order, or, when
// that list is null (no selection known), one map of every property. An instrument is a list too,
// [id, instrument, categoryPath, protected category id, protection, ratifications as [superseded,
// part], signatures, guarantees as [edge, right], monitors as [label, edge, monitor], coveredAsOf]
// (rows.ts: ProfileInstrumentRow): lists decode a third cheaper than maps of the same values.
WITH [{argument: 'state', id: $state, expected: ['State']},
  {argument: 'category', id: $category, expected: ['MigrantCategory']}] AS idChecks
@include(check-ids)
WITH askedNodes[0] AS state, askedNodes[1] AS category, idProblem
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
RETURN idProblem, stateProps, categoryProps, collect(CASE WHEN instrument IS NOT NULL THEN [
  instrument.id, CASE WHEN $instrumentFields IS NULL THEN [properties(instrument)] ELSE [k IN $instrumentFields | instrument[k]] END,
  [n IN nodes(best.up) WHERE n:MigrantCategory | n.id],
  endNode(best.protects).id, CASE WHEN $protectionFields IS NULL THEN [properties(best.protects)] ELSE [k IN $protectionFields | best.protects[k]] END,
  // superseded (fragments/consent-superseded): a complete table of a later date covers the State and
  // records no consent of it.
  [(state)-[r:RATIFIED]->(instrument) | [@include(consent-superseded),
    CASE WHEN $ratificationFields IS NULL THEN [properties(r)] ELSE [k IN $ratificationFields | r[k]] END]],
  [(state)-[s:SIGNED]->(instrument) | CASE WHEN $signatureFields IS NULL THEN [properties(s)] ELSE [k IN $signatureFields | s[k]] END],
  [(instrument)-[g:GUARANTEES]->(right:Right) | [CASE WHEN $guaranteeFields IS NULL THEN [properties(g)] ELSE [k IN $guaranteeFields | g[k]] END,
    CASE WHEN $rightFields IS NULL THEN [properties(right)] ELSE [k IN $rightFields | right[k]] END]],
  [(monitor:Entity)-[m:MONITORS]->(instrument) | [[l IN labels(monitor) WHERE l <> 'Entity'][0],
    CASE WHEN $monitoringFields IS NULL THEN [properties(m)] ELSE [k IN $monitoringFields | m[k]] END,
    CASE WHEN $monitorFields IS NULL THEN [properties(monitor)] ELSE [k IN $monitorFields | monitor[k]] END]],
  [(:Source)-[c:COVERS]->(instrument)
    WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) | c.asOf]
] END) AS instruments
