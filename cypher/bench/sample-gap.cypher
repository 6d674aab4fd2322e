// Benchmark parameters for the gap analysis: (instrument with per-State data, region) pairs, so
// every answer splits a region's States into parties, non-parties and unknown. Deterministic,
// spread by a stride.
MATCH (i:Instrument) WHERE EXISTS { (:State)-[:RATIFIED]->(i) }
WITH i.id AS instrument ORDER BY instrument
WITH collect(instrument) AS instruments
MATCH (s:State) WHERE s.region IS NOT NULL
WITH instruments, s.region AS region ORDER BY region
WITH instruments, collect(DISTINCT region) AS regions
WHERE size(instruments) > 0 AND size(regions) > 0
UNWIND range(0, toInteger($n) - 1) AS k
RETURN instruments[(k * 7919) % size(instruments)] AS instrument, regions[k % size(regions)] AS region
