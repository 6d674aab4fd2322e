/**
 * The graph-shaped API (schema/graph.graphql) against the seeded graph, compared with the
 * analyst API's answers to the same questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const GRAPH =
  'truncated nodes { id kind label properties citations { sourceId sourceTitle locator } } edges { id type source target properties citations { sourceId locator } }';
const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $types: [RelationshipType!], $kinds: [NodeKind!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, relationshipTypes: $types, kinds: $kinds, limit: $limit) { ${GRAPH} } }`;

type G = { truncated: boolean; nodes: any[]; edges: any[] };

/** Every edge joins two nodes of the answer; ids are unique. */
function expectWellFormed(g: G): void {
  const nodeIds = new Set(g.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(nodeIds.has(e.source), `${e.id} source`).toBe(true);
    expect(nodeIds.has(e.target), `${e.id} target`).toBe(true);
  }
}

describe('neighborhood', () => {
  it('one hop around the CMW: the ICRMW it monitors, with the cited MONITORS edge and stable ids', async () => {
    const { neighborhood: g } = await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'body:cmw' });
    expectWellFormed(g);
    expect(g.truncated).toBe(false);
    expect(g.nodes[0]).toMatchObject({ id: 'body:cmw', kind: 'Body', label: 'CMW' });
    expect(g.nodes[0].properties).not.toHaveProperty('citeSources');
    expect(g.nodes[0].citations.length).toBeGreaterThan(0);
    const monitors = g.edges.find((e) => e.type === 'MONITORS' && e.target === 'instrument:icrmw');
    expect(monitors).toMatchObject({ id: 'body:cmw-[MONITORS]->instrument:icrmw', source: 'body:cmw' });
    expect(monitors.citations.length).toBeGreaterThan(0);
    // The same call gives the same answer.
    const again = await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'body:cmw' });
    expect(again.neighborhood).toEqual(g);
  });

  it("the ICRMW's RATIFIED neighbourhood holds exactly the parties the analyst API lists", async () => {
    const { neighborhood: g } = await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'instrument:icrmw', types: ['RATIFIED'], limit: 500 });
    const analyst = await api.data(`{ node(id: "instrument:icrmw") { ... on Instrument { parties { id state { id } } } } }`);
    const parties = analyst.node.parties as { id: string; state: { id: string } }[];
    expect(parties.length).toBeGreaterThan(40);
    expect(
      g.nodes
        .map((n) => n.id)
        .filter((id) => id !== 'instrument:icrmw')
        .sort(),
    ).toEqual([...new Set(parties.map((p) => p.state.id))].sort());
    expect(g.edges.map((e) => e.id).sort()).toEqual(parties.map((p) => p.id).sort());
    expect(new Set(g.edges.map((e) => e.type))).toEqual(new Set(['RATIFIED']));
  });

  it('kinds limits the nodes reached; the start node is always in', async () => {
    const { neighborhood: g } = await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'instrument:icrmw', depth: 2, kinds: ['BODY', 'MIGRANT_CATEGORY'] });
    expectWellFormed(g);
    expect(g.nodes[0].id).toBe('instrument:icrmw');
    expect(new Set(g.nodes.slice(1).map((n) => n.kind))).toEqual(new Set(['Body', 'MigrantCategory']));
  });

  it('limit keeps the nearest nodes and says truncated; depth 2 reaches further than depth 1', async () => {
    const one = (await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'body:cmw', limit: 500 })).neighborhood;
    const two = (await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'body:cmw', depth: 2, limit: 500 })).neighborhood;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const capped = (await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'body:cmw', depth: 2, limit: 5 })).neighborhood;
    expectWellFormed(capped);
    expect(capped.truncated).toBe(true);
    expect(capped.nodes).toHaveLength(5);
    // Nearest first: with room for every first-hop node, the cap cuts only the second hop.
    const firstHop = one.nodes.length;
    const cut = (await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'body:cmw', depth: 2, limit: firstHop + 1 })).neighborhood;
    expect(
      cut.nodes
        .slice(0, firstHop)
        .map((n) => n.id)
        .sort(),
    ).toEqual(one.nodes.map((n) => n.id).sort());
  });

  it('the edge cap: three hops around the CAT hold more than 2,000 edges, so 2,000 come back, marked truncated', async () => {
    const { neighborhood: g } = await api.data<{ neighborhood: G }>(NEIGHBORHOOD, { id: 'instrument:cat', depth: 3, limit: 500 });
    expectWellFormed(g);
    expect(g.edges).toHaveLength(2000);
    expect(g.truncated).toBe(true);
  });

  it('beyond the caps or with an unknown id: errors naming the argument', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ id: 'body:cmw', depth: 4 }, 'depth: must be between 1 and 3, got 4', 'BAD_USER_INPUT'],
      [{ id: 'body:cmw', limit: 501 }, 'limit: must be between 1 and 500, got 501', 'BAD_USER_INPUT'],
      [{ id: 'body:cmw', limit: 0 }, 'limit: must be between 1 and 500, got 0', 'BAD_USER_INPUT'],
      [{ id: 'body:nobody' }, 'id: no node with id "body:nobody"', 'NOT_FOUND'],
    ];
    for (const [variables, message, code] of cases) {
      const { errors } = await api.ask(NEIGHBORHOOD, variables);
      expect(errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
  });
});

describe('paths', () => {
  const PATHS = `query ($from: ID!, $to: ID!, $maxLength: Int, $types: [RelationshipType!], $limit: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, relationshipTypes: $types, limit: $limit) { paths { length nodeIds edgeIds } graph { ${GRAPH} } } }`;

  it('Mexico to the CMW: the shortest first (as shortestPath finds it), then alternatives, each a walk through the graph', async () => {
    const { paths: answer } = await api.data(PATHS, { from: 'state:MEX', to: 'body:cmw', limit: 10 });
    const { shortestPath } = await api.data(`{ shortestPath(from: "state:MEX", to: "body:cmw") { length nodes { id } } }`);
    expectWellFormed(answer.graph);
    const found = answer.paths as { length: number; nodeIds: string[]; edgeIds: string[] }[];
    expect(found.length).toBeGreaterThan(1);
    expect(found[0]!.length).toBe(shortestPath.length);
    expect(found[0]!.nodeIds).toEqual(shortestPath.nodes.map((n: any) => n.id));
    const edges = new Map((answer.graph.edges as any[]).map((e) => [e.id, e]));
    for (const [i, p] of found.entries()) {
      if (i > 0) expect(p.length).toBeGreaterThanOrEqual(found[i - 1]!.length);
      expect(p.nodeIds[0]).toBe('state:MEX');
      expect(p.nodeIds.at(-1)).toBe('body:cmw');
      expect(new Set(p.nodeIds).size).toBe(p.nodeIds.length);
      expect(p.edgeIds).toHaveLength(p.length);
      p.edgeIds.forEach((id, k) => {
        const e = edges.get(id);
        expect([e.source, e.target].sort()).toEqual([p.nodeIds[k], p.nodeIds[k + 1]].sort());
      });
    }
    expect(new Set(found.map((p) => p.edgeIds.join()))).toHaveProperty('size', found.length);
  });

  it('empty when nothing connects within maxLength and the allowed types', async () => {
    const { paths: answer } = await api.data(PATHS, { from: 'state:MEX', to: 'rcp:puebla-process', maxLength: 3, types: ['RATIFIED', 'MONITORS'] });
    expect(answer).toEqual({ paths: [], graph: { truncated: false, nodes: [], edges: [] } });
  });

  it('beyond the caps: errors naming the argument', async () => {
    const long = await api.ask(PATHS, { from: 'state:MEX', to: 'body:cmw', maxLength: 7 });
    expect(long.errors?.[0]).toMatchObject({ message: 'maxLength: must be between 1 and 6, got 7', extensions: { code: 'BAD_USER_INPUT' } });
    const many = await api.ask(PATHS, { from: 'state:MEX', to: 'body:cmw', limit: 21 });
    expect(many.errors?.[0]?.message).toBe('limit: must be between 1 and 20, got 21');
    const same = await api.ask(PATHS, { from: 'state:MEX', to: 'state:MEX' });
    expect(same.errors?.[0]?.message).toBe('to: must differ from from');
  });
});

describe('subgraph', () => {
  const SUBGRAPH = `query ($ids: [ID!]!) { subgraph(ids: $ids) { ${GRAPH} } }`;

  it('the edges among the given nodes, as the analyst API has them', async () => {
    const ids = ['state:MEX', 'instrument:cat', 'body:cat', 'instrument:icrmw', 'body:cmw'];
    const { subgraph: g } = await api.data<{ subgraph: G }>(SUBGRAPH, { ids });
    expectWellFormed(g);
    expect(g.nodes.map((n) => n.id)).toEqual(ids);
    const analyst = await api.data(`{ node(id: "state:MEX") { ... on State { ratifications { id instrument { id } } signatures { id instrument { id } } } } }`);
    const fromMexico = [...analyst.node.ratifications, ...analyst.node.signatures].filter((r: any) => ids.includes(r.instrument.id)).map((r: any) => r.id);
    expect(
      g.edges
        .filter((e) => e.source === 'state:MEX')
        .map((e) => e.id)
        .sort(),
    ).toEqual(fromMexico.sort());
    expect(g.edges.map((e) => e.id)).toContain('body:cat-[MONITORS]->instrument:cat');
    expect(g.edges.map((e) => e.id)).toContain('body:cmw-[MONITORS]->instrument:icrmw');
  });

  it('an unknown id, no ids or too many ids are errors naming the argument', async () => {
    const unknown = await api.ask(SUBGRAPH, { ids: ['state:MEX', 'state:XXX'] });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'ids: no node with id "state:XXX"', extensions: { code: 'NOT_FOUND' } });
    const none = await api.ask(SUBGRAPH, { ids: [] });
    expect(none.errors?.[0]?.message).toBe('ids (number of ids): must be between 1 and 500, got 0');
    const many = await api.ask(SUBGRAPH, { ids: Array.from({ length: 501 }, (_, i) => `state:${i}`) });
    expect(many.errors?.[0]).toMatchObject({ message: 'ids (number of ids): must be between 1 and 500, got 501', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

/**
 * node(id:) of each node, aliased n0, n1, ... in one request, with every scalar and enum field its
 * kind has (read from the schema), so a graph node can be compared with it field by field.
 */
async function nodeQuery(nodes: Array<{ id: string; kind: string }>): Promise<string> {
  const scalarFields = new Map<string, string[]>();
  for (const kind of new Set(nodes.map((n) => n.kind))) {
    const { __type } = await api.data(
      `query ($kind: String!) { __type(name: $kind) { fields { name args { name }
      type { kind ofType { kind ofType { kind ofType { kind } } } } } } }`,
      { kind },
    );
    const base = (t: any): string => (t.ofType ? base(t.ofType) : t.kind);
    scalarFields.set(
      kind,
      __type.fields.filter((f: any) => f.args.length === 0 && ['SCALAR', 'ENUM'].includes(base(f.type))).map((f: any) => f.name),
    );
  }
  const citation = 'sourceId sourceTitle locator';
  const aliased = nodes.map(
    (n, i) => `n${i}: node(id: ${JSON.stringify(n.id)}) { __typename sources { ${citation} } ... on ${n.kind} { ${scalarFields.get(n.kind)!.join(' ')} } }`,
  );
  return `{ ${aliased.join(' ')} }`;
}

describe('monitoringEvidenceGraph', () => {
  const EVIDENCE = `query ($right: ID!, $category: ID!, $state: ID) {
    monitoringEvidenceGraph(right: $right, category: $category, state: $state) { answers { monitorId basis instrumentId edgeIds } graph { ${GRAPH} } }
    monitoringBodies(right: $right, category: $category, state: $state) { monitorId basis instrumentId evidence { type from to citations { sourceId locator } } } }`;

  it.each([
    { right: 'right:non-refoulement', category: 'category:refugees' },
    { right: 'right:non-refoulement', category: 'category:refugees', state: 'state:MEX' },
    { right: 'right:equal-pay', category: 'category:irregular-migrant-workers' },
    { right: 'right:family-life', category: 'category:migrant-workers' },
  ])('gives the same answers and evidence as monitoringBodies: %o', async (question) => {
    const { monitoringEvidenceGraph: graph, monitoringBodies: analyst } = await api.data(EVIDENCE, question);
    expectWellFormed(graph.graph);
    expect(analyst.length).toBeGreaterThan(0);
    expect(graph.answers.map((a: any) => [a.monitorId, a.basis, a.instrumentId])).toEqual(analyst.map((a: any) => [a.monitorId, a.basis, a.instrumentId]));
    const edges = new Map((graph.graph.edges as any[]).map((e) => [e.id, e]));
    const nodeIds = new Set((graph.graph.nodes as any[]).map((n) => n.id));
    expect(nodeIds.has(question.right) && nodeIds.has(question.category)).toBe(true);
    analyst.forEach((a: any, i: number) => {
      expect(nodeIds.has(a.monitorId)).toBe(true);
      const steps = graph.answers[i].edgeIds.map((id: string) => edges.get(id));
      expect(steps.map((e: any) => [e.type, e.source, e.target])).toEqual(a.evidence.map((s: any) => [s.type, s.from, s.to]));
      expect(steps.map((e: any) => e.citations)).toEqual(a.evidence.map((s: any) => s.citations));
    });
    // Nothing in the graph that is not evidence (or the question).
    const used = new Set(graph.answers.flatMap((a: any) => a.edgeIds));
    expect([...edges.keys()].every((id) => used.has(id))).toBe(true);
  });

  // The graph's nodes come from the evidence statement itself, not from the node loader: the graph
  // must hold exactly the nodes and edges the answers name, in the order they name them, and each
  // node must be what node(id:) (a request of its own, so a fresh node loader) gives, field by field.
  it.each([
    { right: 'right:non-refoulement', category: 'category:refugees' },
    { right: 'right:non-refoulement', category: 'category:refugees', state: 'state:MEX' },
    { right: 'right:family-life', category: 'category:migrant-workers' },
    // No instrument protects diaspora communities and no mandate covers them: no answer.
    { right: 'right:non-refoulement', category: 'category:diaspora-communities', none: true },
  ])('holds exactly the nodes and edges the answers name, each node as node(id:) gives it: %o', async ({ none, ...question }) => {
    const { monitoringEvidenceGraph: graph, monitoringBodies: analyst } = await api.data(EVIDENCE, question);
    expect(analyst.length === 0).toBe(none === true);
    const named = [question.right, question.category, ...analyst.flatMap((a: any) => [a.monitorId, ...a.evidence.flatMap((s: any) => [s.from, s.to])])];
    const nodes = graph.graph.nodes as any[];
    expect(nodes.map((n) => n.id)).toEqual([...new Set(named)]);
    const steps = new Map<string, any>(graph.answers.flatMap((a: any, i: number) => a.edgeIds.map((id: string, j: number) => [id, analyst[i].evidence[j]])));
    expect(graph.graph.edges.map((e: any) => [e.id, e.type, e.source, e.target])).toEqual([...steps].map(([id, s]) => [id, s.type, s.from, s.to]));

    const loaded = await api.data(await nodeQuery(nodes));
    nodes.forEach((n, i) => {
      const node = loaded[`n${i}`];
      expect([n.id, n.kind, n.label, n.citations], n.id).toEqual([node.id, node.__typename, node.acronym ?? node.name, node.sources]);
      const shared = Object.keys(node).filter((field) => field in n.properties);
      expect(shared, n.id).toEqual(expect.arrayContaining(['id', 'name']));
      for (const field of shared) expect(n.properties[field], `${n.id} ${field}`).toEqual(node[field]);
    });
  });

  it('names a wrong id like monitoringBodies does', async () => {
    const { errors } = await api.ask(`{ monitoringEvidenceGraph(right: "right:flying", category: "category:refugees") { answers { monitorId } } }`);
    expect(errors?.[0]).toMatchObject({ message: 'right: no node with id "right:flying"', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('exportGraph', () => {
  const EXPORT = `query ($format: GraphExportFormat!, $selection: GraphSelection!) {
    exportGraph(format: $format, selection: $selection) { format mediaType filename content nodeCount edgeCount truncated } }`;

  it('a neighborhood as Cytoscape JSON holds the same nodes and edges as the neighborhood query', async () => {
    const around = { id: 'body:cmw', depth: 1 };
    const { neighborhood: g } = await api.data<{ neighborhood: G }>(NEIGHBORHOOD, around);
    const { exportGraph: file } = await api.data(EXPORT, { format: 'CYTOSCAPE_JSON', selection: { neighborhood: around } });
    expect(file).toMatchObject({
      mediaType: 'application/json',
      filename: 'neighborhood-body_cmw.cyjs',
      nodeCount: g.nodes.length,
      edgeCount: g.edges.length,
      truncated: false,
    });
    const json = JSON.parse(file.content);
    expect(json.elements.nodes.map((n: any) => n.data.id)).toEqual(g.nodes.map((n) => n.id));
    expect(json.elements.edges.map((e: any) => [e.data.id, e.data.source, e.data.target, e.data.type])).toEqual(
      g.edges.map((e) => [e.id, e.source, e.target, e.type]),
    );
  });

  it('a subgraph as GraphML, GEXF and CSV: one element per node and edge', async () => {
    const selection = { subgraph: ['state:MEX', 'instrument:cat', 'body:cat'] };
    const { subgraph: g } = await api.data<{ subgraph: G }>(`query ($ids: [ID!]!) { subgraph(ids: $ids) { ${GRAPH} } }`, { ids: selection.subgraph });
    const graphml = (await api.data(EXPORT, { format: 'GRAPHML', selection })).exportGraph;
    expect(graphml).toMatchObject({ mediaType: 'application/graphml+xml', filename: 'subgraph.graphml' });
    expect(graphml.content.match(/<node id=/g)).toHaveLength(g.nodes.length);
    expect(graphml.content.match(/<edge id=/g)).toHaveLength(g.edges.length);
    const gexf = (await api.data(EXPORT, { format: 'GEXF', selection })).exportGraph;
    expect(gexf).toMatchObject({ mediaType: 'application/gexf+xml', filename: 'subgraph.gexf', nodeCount: g.nodes.length, edgeCount: g.edges.length });
    expect([...gexf.content.matchAll(/<node id="([^"]+)"/g)].map((m: RegExpMatchArray) => m[1]).sort()).toEqual(g.nodes.map((n) => n.id).sort());
    expect(gexf.content).toContain('<edge id="body:cat-[MONITORS]-&gt;instrument:cat" source="body:cat" target="instrument:cat" label="MONITORS">');
    const nodesCsv = (await api.data(EXPORT, { format: 'CSV_NODES', selection })).exportGraph;
    expect(nodesCsv.content.split('\r\n')[0]).toMatch(/^Id,Label,Kind,/);
    expect(nodesCsv.content.split('\r\n').filter((l: string) => /^(state|instrument|body):/.test(l))).toHaveLength(3);
    const edgesCsv = (await api.data(EXPORT, { format: 'CSV_EDGES', selection })).exportGraph;
    expect(edgesCsv.content).toContain(`body:cat-[MONITORS]->instrument:cat,body:cat,instrument:cat,Directed,MONITORS`);
    expect(edgesCsv.edgeCount).toBe(g.edges.length);
  });

  it('needs exactly one selection, and checks it like the queries do', async () => {
    const both = await api.ask(EXPORT, { format: 'GRAPHML', selection: { subgraph: ['state:MEX'], neighborhood: { id: 'state:MEX' } } });
    expect(both.errors?.[0]).toMatchObject({ message: 'selection: give exactly one of neighborhood or subgraph', extensions: { code: 'BAD_USER_INPUT' } });
    const none = await api.ask(EXPORT, { format: 'GRAPHML', selection: {} });
    expect(none.errors?.[0]?.message).toBe('selection: give exactly one of neighborhood or subgraph');
    const deep = await api.ask(EXPORT, { format: 'GRAPHML', selection: { neighborhood: { id: 'state:MEX', depth: 5 } } });
    expect(deep.errors?.[0]?.message).toBe('selection.neighborhood.depth: must be between 1 and 3, got 5');
  });
});
