// Instruments with per-State status data: at least one State's RATIFIED or SIGNED record, or a
// data set declaring its participant coverage (COVERS). The default columns of
// /data/treaty-status.csv; every other instrument would be a column of "unknown" only.
MATCH (instrument:Instrument)
WHERE EXISTS { (:State)-[:RATIFIED|SIGNED]->(instrument) } OR EXISTS { (:Source)-[:COVERS]->(instrument) }
RETURN instrument.id AS id
ORDER BY instrument.name, instrument.id
