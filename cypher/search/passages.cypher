// Full-text search over the passages of the cited texts (index passage_text, migration 007).
// $query is a Lucene query built by src/graph/fulltext-query.ts from letters and digits only.
// The facts (nodes and relationships) citing the hits' sources come back once, with their
// parallel citation lists (MATCH, not OPTIONAL MATCH: no citing fact gives an empty list); src/graph/citing-facts.ts
// keeps, per passage, the citations that point at it.
CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node AS passage, score
WITH passage, score
ORDER BY score DESC, passage.id
LIMIT toInteger($first)
WITH collect({passage: passage, score: score}) AS hits
WITH hits, reduce(ids = [], h IN hits | CASE WHEN h.passage.sourceId IN ids THEN ids ELSE ids + h.passage.sourceId END) AS sourceIds
CALL (sourceIds) {
  MATCH (from:Entity)-[r]->(to:Entity)
  WHERE any(s IN r.citeSources WHERE s IN sourceIds)
  RETURN collect({type: type(r), from: from.id, to: to.id, sources: r.citeSources, locators: r.citeLocators, quotes: r.citeQuotes}) AS edges
}
CALL (sourceIds) {
  MATCH (n:Entity)
  WHERE any(s IN n.citeSources WHERE s IN sourceIds)
  RETURN collect({id: n.id, sources: n.citeSources, locators: n.citeLocators, quotes: n.citeQuotes}) AS nodes
}
UNWIND hits AS hit
RETURN hit.passage.id AS id, hit.passage.sourceId AS sourceId, hit.passage.locator AS locator,
  hit.passage.article AS article, hit.passage.text AS text, hit.score AS score, edges, nodes
ORDER BY score DESC, id
