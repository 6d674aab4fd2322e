// The id check of a root question, in its own statement (so the question costs one round-trip).
// In: idChecks, the statement's list of {argument, id, expected} in the order the arguments are
// checked (id: the $parameter, null when the argument was not given; expected: the kind labels
// the argument must name, null for any node). Out: askedNodes, the node each entry names (null
// when no node has the id), in list order, for the statement to use; and idProblem, the first
// entry with an id that no node has (kind null) or whose node is of a kind not expected, as
// {argument, id, expected, kind} (src/db/queries/rows.ts: IdProblem), else null. Always one row.
CALL (idChecks) {
  UNWIND range(0, size(idChecks) - 1) AS checkIndex
  WITH checkIndex, idChecks[checkIndex] AS check
  OPTIONAL MATCH (asked:Entity {id: check.id})
  WITH checkIndex, asked, {argument: check.argument, id: check.id, expected: check.expected,
    kind: [l IN labels(asked) WHERE l <> 'Entity'][0]} AS checked
  ORDER BY checkIndex
  WITH collect({node: asked, checked: checked}) AS results
  RETURN [result IN results | result.node] AS askedNodes,
    [result IN results WHERE result.checked.id IS NOT NULL AND (result.checked.kind IS NULL
      OR NOT result.checked.kind IN coalesce(result.checked.expected, [result.checked.kind])) | result.checked][0] AS idProblem
}
