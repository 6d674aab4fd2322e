// Benchmark report: the per-State status volume of the loaded graph (bench/status-volume.ts):
// status edges, the States and instruments they connect, and the data sets' declared coverage.
MATCH (s:State)
WITH count(s) AS states
CALL (states) {
  OPTIONAL MATCH (st:State)-[r:RATIFIED|SIGNED]->(i:Instrument)
  RETURN count(r) AS statusEdges,
         count(CASE WHEN type(r) = 'RATIFIED' THEN 1 END) AS ratified,
         count(CASE WHEN type(r) = 'SIGNED' THEN 1 END) AS signed,
         count(DISTINCT i) AS instrumentsWithStatus,
         count(DISTINCT [st.id, i.id]) AS pairsWithStatus
}
CALL (states) {
  OPTIONAL MATCH (:Source)-[c:COVERS]->(i:Instrument)
  RETURN count(c) AS covers, count(DISTINCT i) AS coveredInstruments
}
RETURN states, statusEdges, ratified, signed, instrumentsWithStatus, pairsWithStatus, covers, coveredInstruments
