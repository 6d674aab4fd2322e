// The flagship question's evidence as one graph (monitoringEvidenceGraph), in one round-trip: the
// flagship's answers (fragments/monitoring-answers and monitoring-answer-columns: the same rule,
// columns and order as analyst/monitoring-bodies) and the nodes of the graph, each once, in the
// order the graph lists them: the right, the category, then per answer (in answer order) the
// monitor and both ends of every evidence step. A node is {label, props} as the node loader reads
// it (nodes/by-ids: an :Entity, its kind label, its properties), so the views are the same.
// One row: idProblem as the flagship's; answers, one map of nulls (id null) when nothing answers;
// no nodes when an id is refused.
@include(monitoring-answers)
WITH right, category, monitor, evidence AS steps, idProblem, @include(monitoring-answer-columns)
WITH right, category, idProblem,
  collect({id: id, name: name, label: label, monitorProps: monitorProps, instrumentProps: instrumentProps,
    basis: basis, instrumentId: instrumentId, categoryPath: categoryPath, articles: articles,
    monitoringKind: monitoringKind, evidence: evidence}) AS answers,
  collect([monitor] + reduce(ends = [], step IN steps | ends + [startNode(step), endNode(step)])) AS answerNodes
// Each node once, where it is first named (the row of nulls names none).
WITH idProblem, answers, reduce(graph = [], n IN [right, category] + reduce(named = [], some IN answerNodes | named + some) |
  CASE WHEN n IS NULL OR n IN graph THEN graph ELSE graph + n END) AS graphNodes
RETURN idProblem, answers,
  [n IN graphNodes WHERE idProblem IS NULL AND n:Entity | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}] AS nodes
