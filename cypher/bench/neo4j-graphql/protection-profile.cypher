// @cypher statement of Query.protectionProfile in the benchmark's @neo4j/graphql schema: the
// analyst statement (analyst/protection-profile) verbatim, one map per instrument. The client
// sorts them into covered / missing / unknown (our resolver does that in TypeScript).
CALL () {
  OPTIONAL MATCH (state:Entity {id: $state})
  OPTIONAL MATCH (category:Entity {id: $category})
  WITH state, category, [check IN [
      {argument: 'state', id: $state, expected: ['State'], kind: [l IN labels(state) WHERE l <> 'Entity'][0]},
      {argument: 'category', id: $category, expected: ['MigrantCategory'], kind: [l IN labels(category) WHERE l <> 'Entity'][0]}
    ] WHERE check.kind IS NULL OR NOT check.kind IN check.expected][0] AS idProblem
  WITH state, category, idProblem,
    CASE WHEN idProblem IS NULL THEN properties(state) END AS stateProps,
    CASE WHEN idProblem IS NULL THEN properties(category) END AS categoryProps
  OPTIONAL CALL (state, category, idProblem) {
    WITH category WHERE idProblem IS NULL
    MATCH up = (category)-[:SUBCATEGORY_OF*0..8]->(:MigrantCategory)<-[protects:PROTECTS]-(instrument:Instrument)
    WITH instrument, protects, up ORDER BY length(up)
    RETURN instrument, collect({protects: protects, up: up})[0] AS best
  }
  RETURN idProblem, stateProps, categoryProps, instrument.id AS instrumentId, properties(instrument) AS instrumentProps,
    [n IN nodes(best.up) WHERE n:MigrantCategory | n.id] AS categoryPath,
    {type: 'PROTECTS', from: instrument.id, to: endNode(best.protects).id, props: properties(best.protects)} AS protection,
    [(state)-[r:RATIFIED]->(instrument) | {type: 'RATIFIED', from: state.id, to: instrument.id, props: properties(r),
      superseded: EXISTS { (src:Source)-[c:COVERS]->(instrument)
        WHERE c.complete AND c.asOf > coalesce(r.asOf, '') AND (c.participants = 'all' OR state.unMember)
          AND NOT state.id IN coalesce(c.excludes, []) AND NOT EXISTS { (state)-[r2:RATIFIED]->(instrument) WHERE src.id IN r2.citeSources } }}] AS ratifications,
    [(state)-[s:SIGNED]->(instrument) | {type: 'SIGNED', from: state.id, to: instrument.id, props: properties(s)}] AS signatures,
    [(instrument)-[g:GUARANTEES]->(right:Right) | {type: 'GUARANTEES', from: instrument.id, to: right.id, props: properties(g),
      other: {label: 'Right', props: properties(right)}}] AS guarantees,
    [(monitor:Entity)-[m:MONITORS]->(instrument) | {type: 'MONITORS', from: monitor.id, to: instrument.id, props: properties(m),
      other: {label: [l IN labels(monitor) WHERE l <> 'Entity'][0], props: properties(monitor)}}] AS monitors,
    [(:Source)-[c:COVERS]->(instrument)
      WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) | c.asOf] AS coveredAsOf
  ORDER BY instrument.name
}
// Answers only: a row of nulls stands for "no instrument protects the category".
WITH * WHERE idProblem IS NULL AND instrumentId IS NOT NULL
RETURN {instrumentId: instrumentId, instrumentName: instrumentProps.name, categoryPath: categoryPath,
  ratification: [r IN ratifications | r.props][0], signature: [s IN signatures | s.props][0],
  rights: [g IN guarantees | {id: g.to, name: g.other.props.name, articles: g.props.articles}],
  monitors: [m IN monitors | {id: m.from, name: m.other.props.name, kind: m.props.kind}],
  coveredAsOf: coveredAsOf} AS profile
