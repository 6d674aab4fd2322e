// @cypher statement of Query.monitoringBodies in the benchmark's @neo4j/graphql schema
// (bench/neo4j-graphql/): the flagship statement (analyst/monitoring-bodies) verbatim, its rows
// returned as one map column because a @cypher field reads one column. A unit test checks the
// inner statement is the analyst file's text, so the comparison cannot drift.
CALL () {
  @include(monitoring-answers)
  RETURN idProblem, @include(monitoring-answer-columns)
}
// Answers only: a row of nulls stands for "no answer" (ids checked in the statement itself).
WITH * WHERE idProblem IS NULL AND id IS NOT NULL
RETURN {monitorId: id, monitorName: name, monitorLabel: label, basis: basis, instrumentId: instrumentId,
  instrumentName: instrumentProps.name, categoryPath: categoryPath, articles: articles,
  monitoringKind: monitoringKind, evidence: evidence} AS answer
