// Batch lookup of the figures (StatusReport nodes) about each of many nodes, newest first
// (fragments/status-reports-newest-first): one row per report, each id's rows in that order.
UNWIND $ids AS reportsAbout
UNWIND @include(status-reports-newest-first) AS props
RETURN reportsAbout AS id, props
