// The flagship question's rule, written once for the flagship (analyst/monitoring-bodies) and its
// evidence graph (analyst/monitoring-evidence-graph): which bodies monitor $right for $category
// (optionally under the instruments $state is party to), and why. An instrument protecting a
// broader category counts, so the category is walked up its SUBCATEGORY_OF hierarchy. Mandates
// come back beside the treaty bodies, marked "mandate", only where they bear on the right asked
// about (docs/queries.md): a protection mandate over the category (or a broader one), or any other
// mandate over the category whose holder also holds a mandate over the right, or a mandate over
// the right itself. An operational mandate (a service provider, e.g. IOM: A/68/283 para 58) is
// never a monitor.
//
// The ids asked about are checked here too, so the question costs one round-trip
// (fragments/check-ids): idProblem names the first argument whose id is unknown (kind null) or of
// another kind, and then no answer comes.
//
// In: $right, $category, $state. Out, one row per answer (in no order; one row of nulls when
// nothing answers): right and category (the nodes asked about, null when unknown), idProblem,
// monitor, basis ('treaty' or 'mandate'), instrument (null for a mandate), categoryPath (ids),
// evidence (the relationships, in path order), articles, monitoringKind.
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
