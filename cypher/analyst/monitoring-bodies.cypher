// The flagship question: which bodies monitor $right for $category (optionally under the
// instruments $state is party to), and why: the rule is fragments/monitoring-answers, shared with
// the evidence graph (analyst/monitoring-evidence-graph), the columns and their order
// fragments/monitoring-answer-columns. The ids are checked by the same statement (one round-trip).
@include(monitoring-answers)
RETURN idProblem, @include(monitoring-answer-columns)
