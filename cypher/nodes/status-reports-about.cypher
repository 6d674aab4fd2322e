// Batch lookup of the figures (StatusReport nodes) about each of many nodes, newest first.
UNWIND $ids AS id
MATCH (s:StatusReport {about: id})
RETURN id, properties(s) AS props
ORDER BY id, s.asOf DESC, s.id
