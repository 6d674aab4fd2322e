// The span of an instrument's per-State data, for the default range of partiesOverTime: the first
// year of a recorded consent or signature, and the latest year a data set holds for (its COVERS
// or, for partial lists, its records' asOf). Both null when no per-State data is held.
MATCH (instrument:Instrument {id: $instrument})
OPTIONAL MATCH (:State)-[act:RATIFIED|SIGNED]->(instrument)
WITH instrument,
  min(toInteger(left(act.date, 4))) AS firstActYear,
  max(toInteger(left(coalesce(act.asOfLatest, act.asOf), 4))) AS lastRecordYear
OPTIONAL MATCH (:Source)-[c:COVERS]->(instrument)
WITH firstActYear, lastRecordYear, max(toInteger(left(coalesce(c.asOfLatest, c.asOf), 4))) AS lastCoverageYear
RETURN firstActYear,
  CASE WHEN lastCoverageYear IS NULL OR lastRecordYear > lastCoverageYear THEN lastRecordYear ELSE lastCoverageYear END AS lastDataYear
