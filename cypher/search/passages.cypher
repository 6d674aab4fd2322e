// Full-text search over the passages of the cited texts (index passage_text, migration 007).
// $query is a Lucene query built by src/graph/fulltext-query.ts from letters and digits only.
// For each passage, the facts (nodes and relationships) citing its source come back with their
// parallel citation lists; src/graph/citing-facts.ts keeps the citations that point at this passage.
CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node AS passage, score
WITH passage, score
ORDER BY score DESC, passage.id
LIMIT toInteger($first)
OPTIONAL MATCH (source:Source {id: passage.sourceId})
CALL (passage) {
  OPTIONAL MATCH (from:Entity)-[r]->(to:Entity)
  WHERE passage.sourceId IN r.citeSources
  RETURN collect({type: type(r), from: from.id, to: to.id, sources: r.citeSources, locators: r.citeLocators, quotes: r.citeQuotes}) AS edges
}
CALL (passage) {
  OPTIONAL MATCH (n:Entity)
  WHERE passage.sourceId IN n.citeSources
  RETURN collect({id: n.id, sources: n.citeSources, locators: n.citeLocators, quotes: n.citeQuotes}) AS nodes
}
RETURN passage.id AS id, passage.sourceId AS sourceId, source.title AS sourceTitle, passage.locator AS locator,
  passage.article AS article, passage.text AS text, score, edges, nodes
ORDER BY score DESC, id
