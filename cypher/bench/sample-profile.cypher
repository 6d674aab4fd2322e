// Benchmark parameters for the protection profile: (State, category) pairs, the category one
// that instruments protect through the hierarchy. Deterministic, spread by a stride.
MATCH (s:State)
WITH s ORDER BY s.id
WITH collect(s.id) AS states
MATCH (c:MigrantCategory)-[:SUBCATEGORY_OF*0..2]->(:MigrantCategory)<-[:PROTECTS]-(:Instrument)
WITH states, c.id AS category, count(*) AS instruments ORDER BY instruments DESC, category
WITH states, collect(category) AS categories
WHERE size(states) > 0 AND size(categories) > 0
UNWIND range(0, toInteger($n) - 1) AS i
RETURN states[(i * 7919) % size(states)] AS state, categories[i % size(categories)] AS category
