// StatusReport.about holds the id of the node a figure is about; the API looks figures up by it.
CREATE INDEX status_report_about IF NOT EXISTS FOR (n:StatusReport) ON (n.about);
