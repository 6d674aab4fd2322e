// The columns of a flagship answer (monitoring-answers' row) as the API reads them, and the
// answers' order, so the flagship and its evidence graph return the same answers in the same
// order. A list of projection items ending with ORDER BY: the including statement writes
// `RETURN` or `WITH` (and any columns of its own) before it. In: the variables monitoring-answers
// binds. Out: id, name, label, monitorProps, instrumentProps, basis, instrumentId, categoryPath,
// articles, monitoringKind, evidence (as {type, from, to, props, sources, locators, quotes}).
monitor.id AS id, monitor.name AS name, [l IN labels(monitor) WHERE l <> 'Entity'][0] AS label,
  properties(monitor) AS monitorProps, properties(instrument) AS instrumentProps,
  basis, instrument.id AS instrumentId, categoryPath, articles, monitoringKind,
  [r IN evidence | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r),
    sources: r.citeSources, locators: r.citeLocators, quotes: r.citeQuotes}] AS evidence
ORDER BY basis DESC, id, instrumentId
