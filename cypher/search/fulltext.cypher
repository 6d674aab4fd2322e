// Full-text search over names, acronyms and aliases (index entity_names, migration 003).
// $query is a Lucene query built by src/graph/fulltext-query.ts from letters and digits only;
// $labels limits the kinds (null = all).
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE $labels IS NULL OR label IN $labels
RETURN label, properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT toInteger($first)
