// @cypher statement of Query.search in the benchmark's @neo4j/graphql schema: the full-text
// statement (search/fulltext) verbatim, one map per hit. $query is the Lucene query our API
// builds from the text (src/graph/fulltext-query.ts); the harness passes the same one.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
  WHERE $labels IS NULL OR label IN $labels
  RETURN label, properties(node) AS props, score
  ORDER BY score DESC, node.id
  LIMIT toInteger($first)
}
RETURN {id: props.id, kind: label, name: props.name, score: score} AS hit
