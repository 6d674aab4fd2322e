// @cypher statement of Query.protectionProfile in the benchmark's @neo4j/graphql schema: the
// analyst statement (analyst/protection-profile) verbatim, with its field-list parameters written
// in as null (every property, each part a list of one map: the wrapper below reads only what its
// own schema selects), one map per instrument. The client sorts them into covered / missing /
// unknown (our resolver does that in TypeScript). An instrument i is the statement's list:
// i[0] id, i[1] instrument, i[2] categoryPath, i[5] ratifications [superseded, part], i[6]
// signatures, i[7] guarantees [edge, right], i[8] monitors [label, edge, monitor], i[9] coveredAsOf.
CALL () {
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
    instrument.id, CASE WHEN null IS NULL THEN [properties(instrument)] ELSE [k IN null | instrument[k]] END,
    [n IN nodes(best.up) WHERE n:MigrantCategory | n.id],
    endNode(best.protects).id, CASE WHEN null IS NULL THEN [properties(best.protects)] ELSE [k IN null | best.protects[k]] END,
    // superseded (fragments/consent-superseded): a complete table of a later date covers the State and
    // records no consent of it.
    [(state)-[r:RATIFIED]->(instrument) | [@include(consent-superseded),
      CASE WHEN null IS NULL THEN [properties(r)] ELSE [k IN null | r[k]] END]],
    [(state)-[s:SIGNED]->(instrument) | CASE WHEN null IS NULL THEN [properties(s)] ELSE [k IN null | s[k]] END],
    [(instrument)-[g:GUARANTEES]->(right:Right) | [CASE WHEN null IS NULL THEN [properties(g)] ELSE [k IN null | g[k]] END,
      CASE WHEN null IS NULL THEN [properties(right)] ELSE [k IN null | right[k]] END]],
    [(monitor:Entity)-[m:MONITORS]->(instrument) | [[l IN labels(monitor) WHERE l <> 'Entity'][0],
      CASE WHEN null IS NULL THEN [properties(m)] ELSE [k IN null | m[k]] END,
      CASE WHEN null IS NULL THEN [properties(monitor)] ELSE [k IN null | monitor[k]] END]],
    [(:Source)-[c:COVERS]->(instrument)
      WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) | c.asOf]
  ] END) AS instruments
}
// Answers only: no instrument protects the category when the list is empty.
WITH idProblem, instruments WHERE idProblem IS NULL
UNWIND instruments AS i
RETURN {instrumentId: i[0], instrumentName: i[1][0].name, categoryPath: i[2],
  ratification: [r IN i[5] | r[1][0]][0], signature: [s IN i[6] | s[0]][0],
  rights: [g IN i[7] | {id: g[1][0].id, name: g[1][0].name, articles: g[0][0].articles}],
  monitors: [m IN i[8] | {id: m[2][0].id, name: m[2][0].name, kind: m[1][0].kind}],
  coveredAsOf: i[9]} AS profile
