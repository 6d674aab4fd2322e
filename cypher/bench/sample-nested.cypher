// Benchmark parameters for the nested listing: binding instruments with at least 20 parties, so
// every request lists 20 States. Deterministic, spread by a stride.
MATCH (i:Instrument)
WHERE COUNT { (i)<-[:RATIFIED]-() } >= 20
WITH i.id AS instrument ORDER BY instrument
WITH collect(instrument) AS instruments
WHERE size(instruments) > 0
UNWIND range(0, toInteger($n) - 1) AS k
RETURN instruments[(k * 7919) % size(instruments)] AS instrument
