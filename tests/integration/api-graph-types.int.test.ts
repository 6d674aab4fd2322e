/**
 * Every relationship field of every node type, both directions, against the validated seed:
 * for each field, a node that has such edges in the seed gets exactly those edges back,
 * with their citations; and the node at the other end is the seed's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_TYPES, RELATIONSHIP_FIELDS } from '../../src/graph/schema-map.js';
import { checkSeed } from '../../src/seed/load-seed.js';
import { KINDS, RELATIONSHIPS } from '../../src/model/model.js';
import type { RelationshipRecord } from '../../src/model/validate.js';
import { writeGraph } from '../../src/seed/write-graph.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetTestGraph } from '../support/test-graph.js';

let api: TestApi;
const seed = checkSeed();

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** The seed's edges of a type at a node, in one direction. */
function seedEdges(nodeId: string, type: string, direction: 'out' | 'in') {
  return seed.relationships.filter((r) => r.type === type && (direction === 'out' ? r.from === nodeId : r.to === nodeId));
}

/** For each field, the node with the most such edges (a real, non-empty case). */
function sampleNode(typeName: string, type: string, direction: 'out' | 'in'): string | undefined {
  const counts = new Map<string, number>();
  const label = typeName;
  const idsOfType = new Set(seed.nodes.filter((n) => n.label === label).map((n) => n.id));
  for (const r of seed.relationships) {
    if (r.type !== type) continue;
    const id = direction === 'out' ? r.from : r.to;
    if (idsOfType.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

const cases = Object.entries(RELATIONSHIP_FIELDS).flatMap(([typeName, fields]) =>
  Object.entries(fields).map(([field, rel]) => ({ typeName, field, ...rel, nodeId: sampleNode(typeName, rel.type, rel.direction) })),
);

describe('relationship fields, both directions', () => {
  for (const c of cases.filter((x) => x.nodeId)) {
    it(`${c.typeName}.${c.field} (${c.direction === 'out' ? '' : '<-'}${c.type}${c.direction === 'out' ? '->' : ''}) at ${c.nodeId}`, async () => {
      const { fromField, toField } = EDGE_TYPES[c.type]!;
      const query = `query ($id: ID!) { node(id: $id) { id ... on ${c.typeName} { ${c.field} {
        id type fromId toId sources { sourceId sourceTitle locator }
        ${fromField} { id } ${toField} { id }
      } } } }`;
      const data = await api.data(query, { id: c.nodeId });
      const got = data.node[c.field] as any[];
      const expected = seedEdges(c.nodeId!, c.type, c.direction);
      expect(got.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
      for (const edge of got) {
        const want = expected.find((e) => e.id === edge.id)!;
        expect(edge).toMatchObject({ type: c.type, fromId: want.from, toId: want.to });
        expect(edge[fromField].id).toBe(want.from);
        expect(edge[toField].id).toBe(want.to);
        expect(edge.sources.map((s: any) => s.sourceId)).toEqual(want.props.citeSources);
        for (const s of edge.sources) expect(s.sourceTitle).toEqual(expect.any(String));
      }
    });
  }
});

describe('relationship fields the seed has no data for', () => {
  // The seed has no edge for these fields (e.g. no RCP member is recorded). Each gets one
  // test edge between two seeded nodes of the kinds the model allows, written and then removed.
  const empty = cases.filter((c) => !c.nodeId);
  const labelOf = (kind: string) => KINDS[kind]!.label;
  const kindOfLabel = (label: string) => Object.keys(KINDS).find((k) => KINDS[k]!.label === label)!;
  const testEdges: (RelationshipRecord & { field: string; typeName: string; at: string })[] = empty.map((c) => {
    const spec = RELATIONSHIPS[c.type]!;
    const ownKind = kindOfLabel(c.typeName);
    const otherKinds = c.direction === 'out' ? spec.to : spec.from;
    const own = seed.nodes.find((n) => n.label === c.typeName)!;
    const other = seed.nodes.find((n) => otherKinds.includes(n.kind) && n.id !== own.id && labelOf(n.kind))!;
    expect(c.direction === 'out' ? spec.from : spec.to).toContain(ownKind);
    const [from, to] = c.direction === 'out' ? [own.id, other.id] : [other.id, own.id];
    const props: Record<string, string | string[]> = {
      id: `test:${from}-[${c.type}]->${to}`,
      citeSources: ['source:ohchr-2013'],
      citeLocators: ['test'],
      citeQuotes: [''],
    };
    for (const [name, field] of Object.entries(spec.fields)) if (field.required && field.values) props[name] = field.values[0]!;
    return { id: String(props.id), type: c.type, from, to, props, field: c.field, typeName: c.typeName, at: own.id };
  });

  beforeAll(async () => {
    await writeGraph(api.db, [], testEdges);
  });
  afterAll(() => resetTestGraph(api.db));

  it('lists them (so a seed change that fills one is noticed)', () => {
    expect(empty.map((c) => `${c.typeName}.${c.field}`).length).toBe(testEdges.length);
  });

  for (const edge of testEdges) {
    it(`${edge.typeName}.${edge.field} returns a ${edge.type} edge written at ${edge.at}`, async () => {
      const { fromField, toField } = EDGE_TYPES[edge.type]!;
      const data = await api.data(
        `query ($id: ID!) { node(id: $id) { ... on ${edge.typeName} { ${edge.field} { id ${fromField} { id } ${toField} { id } sources { locator } } } } }`,
        { id: edge.at },
      );
      // Other test edges between two nodes of the same kind can show up here too.
      expect(data.node[edge.field]).toContainEqual({ id: edge.id, [fromField]: { id: edge.from }, [toField]: { id: edge.to }, sources: [{ locator: 'test' }] });
    });
  }
});

describe('node fields', () => {
  it('an instrument: enumerations, dates, citations and reported figures with as-of dates', async () => {
    const data = await api.data(`{ node(id: "instrument:icrmw") { id kind name acronym aliases sources { sourceId locator quote }
      ... on Instrument { type binding adopted statusReports { measure value asOf sources { locator } } } } }`);
    const seeded = seed.nodes.find((n) => n.id === 'instrument:icrmw')!;
    expect(data.node).toMatchObject({ kind: 'INSTRUMENT', type: 'TREATY', name: seeded.props.name, adopted: seeded.props.adopted });
    expect(data.node.sources.length).toBe((seeded.props.citeSources as string[]).length);
    // The three figures the documents give for the number of parties, each with its own date.
    const parties = data.node.statusReports.filter((r: any) => r.measure === 'states-parties').map((r: any) => r.value);
    expect(parties.sort()).toEqual([46, 46, 48]);
  });

  it('a State: UN status and region from the States data set; its ratification carries action, date and the data set as citation', async () => {
    const data = await api.data(`{ node(id: "state:MEX") { ... on State { iso3 unStatus region
      ratifications { action date datePrecision instrument { id } sources { sourceTitle } } } } }`);
    expect(data.node).toMatchObject({ iso3: 'MEX', unStatus: 'MEMBER', region: 'Americas' });
    const icrmw = data.node.ratifications.find((r: any) => r.instrument.id === 'instrument:icrmw');
    expect(icrmw).toMatchObject({ action: 'PARTY', datePrecision: 'YEAR' });
    expect(icrmw.date).toMatch(/^\d{4}$/);
    expect(icrmw.sources[0].sourceTitle).toEqual(expect.any(String));
  });

  it('a category: broader and narrower categories of the hierarchy', async () => {
    const data = await api.data(`{ node(id: "category:migrant-workers") { ... on MigrantCategory {
      broader { broader { id } } narrower { narrower { id } } } } }`);
    expect(data.node.broader.map((e: any) => e.broader.id)).toContain('category:migrants');
    expect(data.node.narrower.map((e: any) => e.narrower.id)).toContain('category:irregular-migrant-workers');
  });

  it('a status report points back at the node it is about', async () => {
    const data = await api.data(`{ statusReports(filter: { about: "instrument:icrmw" }, first: 1) { nodes { about { id } asOf } } }`);
    expect(data.statusReports.nodes[0].about.id).toBe('instrument:icrmw');
  });

  it('a citation leads to the cited document', async () => {
    const data = await api.data(`{ node(id: "body:cmw") { sources { source { id ... on Source { title } } } } }`);
    expect(data.node.sources[0].source.title).toEqual(expect.any(String));
  });
});

describe('node(id) and nodes(ids)', () => {
  it('unknown ids are NOT_FOUND naming the id', async () => {
    const { errors } = await api.ask('{ node(id: "state:XXX") { id } }');
    expect(errors?.[0]).toMatchObject({ message: 'id: no node with id "state:XXX"', extensions: { code: 'NOT_FOUND', id: 'state:XXX' } });
    const many = await api.ask('{ nodes(ids: ["state:MEX", "body:nope"]) { id } }');
    expect(many.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', id: 'body:nope' } });
  });

  it('nodes(ids) answers in the order asked', async () => {
    const data = await api.data('{ nodes(ids: ["body:cmw", "state:MEX", "org:iom"]) { id kind } }');
    expect(data.nodes).toEqual([
      { id: 'body:cmw', kind: 'BODY' },
      { id: 'state:MEX', kind: 'STATE' },
      { id: 'org:iom', kind: 'ORGANIZATION' },
    ]);
  });
});
