// @cypher statement of Query.protectionProfile in the benchmark's @neo4j/graphql schema: the
// analyst statement (analyst/protection-profile) verbatim, with its field-list parameters written
// in as null (every property: the wrapper below reads only what its own schema selects), one map
// per instrument. The client sorts them into covered / missing / unknown (our resolver does that
// in TypeScript).
CALL () {
  OPTIONAL MATCH (state:Entity {id: $state})
  OPTIONAL MATCH (category:Entity {id: $category})
  WITH state, category, [check IN [
      {argument: 'state', id: $state, expected: ['State'], kind: [l IN labels(state) WHERE l <> 'Entity'][0]},
      {argument: 'category', id: $category, expected: ['MigrantCategory'], kind: [l IN labels(category) WHERE l <> 'Entity'][0]}
    ] WHERE check.kind IS NULL OR NOT check.kind IN check.expected][0] AS idProblem
  // Read once here, not once per instrument row.
  WITH state, category, idProblem,
    CASE WHEN idProblem IS NULL THEN properties(state) END AS stateProps,
    CASE WHEN idProblem IS NULL THEN properties(category) END AS categoryProps
  OPTIONAL CALL (state, category, idProblem) {
    WITH category WHERE idProblem IS NULL
    MATCH up = (category)-[:SUBCATEGORY_OF*0..8]->(:MigrantCategory)<-[protects:PROTECTS]-(instrument:Instrument)
    WITH instrument, protects, up ORDER BY length(up)
    RETURN instrument, collect({protects: protects, up: up})[0] AS best
  }
  WITH idProblem, stateProps, categoryProps, state, instrument, best ORDER BY instrument.name
  RETURN idProblem, stateProps, categoryProps, collect(CASE WHEN instrument IS NOT NULL THEN {
    instrumentId: instrument.id,
    instrument: {props: CASE WHEN null IS NULL THEN properties(instrument) END, values: [k IN coalesce(null, []) | instrument[k]]},
    categoryPath: [n IN nodes(best.up) WHERE n:MigrantCategory | n.id],
    protection: {to: endNode(best.protects).id, props: CASE WHEN null IS NULL THEN properties(best.protects) END,
      values: [k IN coalesce(null, []) | best.protects[k]]},
    // superseded: a complete table of a later date covers the State and records no consent of it.
    ratifications: [(state)-[r:RATIFIED]->(instrument) | {props: CASE WHEN null IS NULL THEN properties(r) END,
      values: [k IN coalesce(null, []) | r[k]],
      superseded: EXISTS { (src:Source)-[c:COVERS]->(instrument)
        WHERE c.complete AND c.asOf > coalesce(r.asOf, '') AND (c.participants = 'all' OR state.unMember)
          AND NOT state.id IN coalesce(c.excludes, []) AND NOT EXISTS { (state)-[r2:RATIFIED]->(instrument) WHERE src.id IN r2.citeSources } }}],
    signatures: [(state)-[s:SIGNED]->(instrument) | {props: CASE WHEN null IS NULL THEN properties(s) END,
      values: [k IN coalesce(null, []) | s[k]]}],
    guarantees: [(instrument)-[g:GUARANTEES]->(right:Right) | {props: CASE WHEN null IS NULL THEN properties(g) END,
      values: [k IN coalesce(null, []) | g[k]],
      other: {label: 'Right', props: CASE WHEN null IS NULL THEN properties(right) END,
        values: [k IN coalesce(null, []) | right[k]]}}],
    monitors: [(monitor:Entity)-[m:MONITORS]->(instrument) | {props: CASE WHEN null IS NULL THEN properties(m) END,
      values: [k IN coalesce(null, []) | m[k]],
      other: {label: [l IN labels(monitor) WHERE l <> 'Entity'][0], props: CASE WHEN null IS NULL THEN properties(monitor) END,
        values: [k IN coalesce(null, []) | monitor[k]]}}],
    coveredAsOf: [(:Source)-[c:COVERS]->(instrument)
      WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) | c.asOf]
  } END) AS instruments
}
// Answers only: no instrument protects the category when the list is empty.
WITH idProblem, instruments WHERE idProblem IS NULL
UNWIND instruments AS i
RETURN {instrumentId: i.instrumentId, instrumentName: i.instrument.props.name, categoryPath: i.categoryPath,
  ratification: [r IN i.ratifications | r.props][0], signature: [s IN i.signatures | s.props][0],
  rights: [g IN i.guarantees | {id: g.other.props.id, name: g.other.props.name, articles: g.props.articles}],
  monitors: [m IN i.monitors | {id: m.other.props.id, name: m.other.props.name, kind: m.props.kind}],
  coveredAsOf: i.coveredAsOf} AS profile
