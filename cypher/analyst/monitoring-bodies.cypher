// The flagship question: which bodies monitor $right for $category (optionally under the
// instruments $state is party to), and why. An instrument protecting a broader category counts,
// so the category is walked up its SUBCATEGORY_OF hierarchy. Agencies whose mandate covers the
// category (or a broader one) or the right come back beside the treaty bodies, marked "mandate".
MATCH (category:MigrantCategory {id: $category})
MATCH (right:Right {id: $right})
CALL {
  WITH category, right
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
  WITH category, right
  MATCH up = (category)-[:SUBCATEGORY_OF*0..8]->(covered:MigrantCategory)<-[mandate:HAS_MANDATE]-(monitor:Entity)
  WITH monitor, mandate, up ORDER BY length(up)
  WITH monitor, collect({mandate: mandate, up: up})[0] AS best
  RETURN monitor, 'mandate' AS basis, null AS instrument,
    [n IN nodes(best.up) WHERE n:MigrantCategory | n.id] AS categoryPath,
    [r IN relationships(best.up) | r] AS evidence, null AS articles, best.mandate.kind AS monitoringKind
  UNION
  WITH category, right
  MATCH (monitor:Entity)-[mandate:HAS_MANDATE]->(right)
  RETURN monitor, 'mandate' AS basis, null AS instrument, [category.id] AS categoryPath,
    [mandate] AS evidence, null AS articles, mandate.kind AS monitoringKind
}
RETURN monitor.id AS id, monitor.name AS name, [l IN labels(monitor) WHERE l <> 'Entity'][0] AS label,
  properties(monitor) AS monitorProps, properties(instrument) AS instrumentProps,
  basis, instrument.id AS instrumentId, categoryPath, articles, monitoringKind,
  [r IN evidence | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r),
    sources: r.citeSources, locators: r.citeLocators, quotes: r.citeQuotes}] AS evidence
ORDER BY basis DESC, id, instrumentId
