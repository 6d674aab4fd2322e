// The flagship question's evidence as one graph (monitoringEvidenceGraph), in one round-trip: the
// flagship's answer rows (fragments/monitoring-answers and monitoring-answer-columns: the same
// rule, columns and order as analyst/monitoring-bodies), each with the nodes of its part of the
// graph: the right, the category, the monitor and both ends of every evidence step. A node is
// {label, props} as the node loader reads it (nodes/by-ids: an :Entity, its kind label, its
// properties), so the views are the same; the caller keeps each node once, where first named.
// The row of nulls (no answer) names the right and the category; no nodes when an id is refused.
@include(monitoring-answers)
RETURN idProblem,
  [n IN CASE WHEN idProblem IS NULL THEN [right, category, monitor] + reduce(ends = [], step IN coalesce(evidence, []) | ends + [startNode(step), endNode(step)]) ELSE [] END
    WHERE n:Entity | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n)}] AS nodes,
  @include(monitoring-answer-columns)
