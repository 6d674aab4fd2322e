// Benchmark parameters for the flagship question: (right, category) pairs that have answers (an
// instrument that protects the category, guarantees the right and has a monitor), the category
// taken below the one the instrument protects so the hierarchy walk is exercised.
// Deterministic: ordered by ids, spread over the graph by a stride.
MATCH (c:MigrantCategory)-[:SUBCATEGORY_OF*1..3]->(:MigrantCategory)<-[:PROTECTS]-(i:Instrument)-[:GUARANTEES]->(r:Right)
WHERE EXISTS { (:Entity)-[:MONITORS]->(i) }
WITH DISTINCT c.id AS category, r.id AS right
ORDER BY category, right
WITH collect({category: category, right: right}) AS pairs
WHERE size(pairs) > 0
UNWIND range(0, toInteger($n) - 1) AS i
WITH pairs[(i * 7919) % size(pairs)] AS pair
RETURN pair.right AS right, pair.category AS category
