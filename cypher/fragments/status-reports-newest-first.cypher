// The counts documents report about a node (StatusReport nodes, `about` its id) as a list of their
// properties, newest first (then by id, so reports of the same date keep one order). In:
// reportsAbout, the node's id (null: an empty list).
COLLECT { MATCH (report:StatusReport {about: reportsAbout})
          WITH report ORDER BY report.asOf DESC, report.id RETURN properties(report) }
