// @cypher statement of Query.monitoringBodies in the benchmark's @neo4j/graphql schema
// (bench/neo4j-graphql/): the flagship statement (analyst/monitoring-bodies) verbatim, its rows
// returned as one map column because a @cypher field reads one column. A unit test checks the
// inner statement is the analyst file's text, so the comparison cannot drift.
CALL () {
  WITH [{argument: 'right', id: $right, expected: ['Right']},
    {argument: 'category', id: $category, expected: ['MigrantCategory']},
    {argument: 'state', id: $state, expected: ['State']}] AS idChecks
  @include(check-ids)
  WITH askedNodes[0] AS right, askedNodes[1] AS category, idProblem
  // One row (of nulls) when nothing answers, so idProblem always comes back.
  OPTIONAL CALL (category, right, idProblem) {
    WITH category, right WHERE idProblem IS NULL
    MATCH up = (category)-[:SUBCATEGORY_OF*0..8]->(:MigrantCategory)<-[:PROTECTS]-(instrument:Instrument)-[guarantees:GUARANTEES]->(right)
    WHERE $state IS NULL OR EXISTS { MATCH (:State {id: $state})-[:RATIFIED]->(instrument) }
    MATCH (monitor:Entity)-[monitors:MONITORS]->(instrument)
    // One answer per monitor and instrument: the shortest category path is the evidence,
    // even when the instrument protects several categories on the way up.
    WITH monitor, instrument, guarantees, monitors, up
    ORDER BY length(up)
    WITH monitor, instrument, guarantees, monitors, collect(up)[0] AS shortest
    RETURN monitor, 'treaty' AS basis, instrument,
      [n IN nodes(shortest) WHERE n:MigrantCategory | n.id] AS categoryPath,
      // The path already ends with the GUARANTEES step; the MONITORS step completes it.
      relationships(shortest) + [monitors] AS evidence,
      guarantees.articles AS articles, monitors.kind AS monitoringKind
    UNION
    WITH category, right WHERE idProblem IS NULL
    MATCH up = (category)-[:SUBCATEGORY_OF*0..8]->(covered:MigrantCategory)<-[mandate:HAS_MANDATE]-(monitor:Entity)
    WHERE mandate.kind = 'protection'
      OR (mandate.kind <> 'operational' AND EXISTS { MATCH (monitor)-[overRight:HAS_MANDATE]->(right) WHERE overRight.kind <> 'operational' })
    WITH monitor, mandate, up ORDER BY length(up)
    WITH monitor, collect({mandate: mandate, up: up})[0] AS best
    RETURN monitor, 'mandate' AS basis, null AS instrument,
      [n IN nodes(best.up) WHERE n:MigrantCategory | n.id] AS categoryPath,
      [r IN relationships(best.up) | r] AS evidence, null AS articles, best.mandate.kind AS monitoringKind
    UNION
    WITH category, right WHERE idProblem IS NULL
    MATCH (monitor:Entity)-[mandate:HAS_MANDATE]->(right)
    WHERE mandate.kind <> 'operational'
    RETURN monitor, 'mandate' AS basis, null AS instrument, [category.id] AS categoryPath,
      [mandate] AS evidence, null AS articles, mandate.kind AS monitoringKind
  }
  RETURN idProblem, monitor.id AS id, monitor.name AS name, [l IN labels(monitor) WHERE l <> 'Entity'][0] AS label,
    properties(monitor) AS monitorProps, properties(instrument) AS instrumentProps,
    basis, instrument.id AS instrumentId, categoryPath, articles, monitoringKind,
    [r IN evidence | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r),
      sources: r.citeSources, locators: r.citeLocators, quotes: r.citeQuotes}] AS evidence
  ORDER BY basis DESC, id, instrumentId
}
// Answers only: a row of nulls stands for "no answer" (ids checked in the statement itself).
WITH * WHERE idProblem IS NULL AND id IS NOT NULL
RETURN {monitorId: id, monitorName: name, monitorLabel: label, basis: basis, instrumentId: instrumentId,
  instrumentName: instrumentProps.name, categoryPath: categoryPath, articles: articles,
  monitoringKind: monitoringKind, evidence: evidence} AS answer
