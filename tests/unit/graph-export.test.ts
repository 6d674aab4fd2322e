/** The export writers on a small graph with awkward values (no database needed). */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsvEdges, toCsvNodes } from '../../src/visual/export/csv.js';
import { toCytoscapeJson } from '../../src/visual/export/cytoscape-json.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toGexf } from '../../src/visual/export/gexf.js';
import { toGraphml, xmlEscape } from '../../src/visual/export/graphml.js';
import type { PlainGraph } from '../../src/visual/plain-graph.js';

const graph: PlainGraph = {
  truncated: false,
  nodes: [
    {
      id: 'instrument:x',
      kind: 'Instrument',
      label: 'A "quoted", <odd> & name',
      properties: { id: 'instrument:x', aliases: ['one', 'two'], adoptedYear: 1990 },
    },
    { id: 'body:y', kind: 'Body', label: 'Y', properties: { id: 'body:y', description: 'line one\nline two', source: 'overwritten?' } },
  ],
  edges: [
    {
      id: 'body:y-[MONITORS]->instrument:x',
      type: 'MONITORS',
      source: 'body:y',
      target: 'instrument:x',
      properties: { id: 'body:y-[MONITORS]->instrument:x', kind: 'treaty-body' },
    },
  ],
};

/** Reads the CSV back with csv-parse, an independent RFC 4180 reader. */
const readCsv = (text: string): string[][] => parse(text, { relax_column_count: true });

describe('graph exports', () => {
  it('CSV quotes what needs quoting and reads back to the same cells', () => {
    const nodes = readCsv(toCsvNodes(graph));
    expect(nodes[0]).toEqual(['Id', 'Label', 'Kind', 'adoptedYear', 'aliases', 'description', 'source']);
    expect(nodes[1]).toEqual(['instrument:x', 'A "quoted", <odd> & name', 'Instrument', '1990', 'one; two', '', '']);
    expect(nodes[2]![5]).toBe('line one\nline two');
    const edges = readCsv(toCsvEdges(graph));
    expect(edges).toEqual([
      ['Id', 'Source', 'Target', 'Type', 'Label', 'kind'],
      ['body:y-[MONITORS]->instrument:x', 'body:y', 'instrument:x', 'Directed', 'MONITORS', 'treaty-body'],
    ]);
  });

  it('GraphML escapes markup and drops characters XML forbids', () => {
    expect(xmlEscape('<a href="x">&\u0001</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    const xml = toGraphml(graph);
    expect(xml).toContain('<key id="n1" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<data key="n1">A &quot;quoted&quot;, &lt;odd&gt; &amp; name</data>');
    expect(xml).toContain('<edge id="body:y-[MONITORS]-&gt;instrument:x" source="body:y" target="instrument:x">');
    expect(xml.match(/<node /g)).toHaveLength(2);
  });

  it('Cytoscape JSON keeps id, source, target and kind over any property of the same name', () => {
    const json = JSON.parse(toCytoscapeJson(graph));
    expect(json.elements.nodes[1].data).toMatchObject({ id: 'body:y', kind: 'Body', source: 'overwritten?' });
    expect(json.elements.edges[0].data).toEqual({
      id: 'body:y-[MONITORS]->instrument:x',
      source: 'body:y',
      target: 'instrument:x',
      type: 'MONITORS',
      label: 'MONITORS',
      kind: 'treaty-body',
    });
  });

  it('GEXF 1.3 parses, declares every attribute it uses and keeps nodes, edges and values', () => {
    const xml = toGexf(graph, '2026-11-30');
    expect(XMLValidator.validate(xml)).toBe(true);
    const list = new Set(['attribute', 'node', 'edge', 'attvalue', 'attributes']);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => list.has(name) }).parse(xml);
    const gexf = doc.gexf;
    // The 1.3 schema's required shape: namespace and version on the root, meta before graph.
    expect(gexf).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3', meta: { lastmodifieddate: '2026-11-30' } });
    expect(Object.keys(gexf).filter((k) => !k.includes(':') && !['xmlns', 'version'].includes(k))).toEqual(['meta', 'graph']);
    expect(gexf.graph).toMatchObject({ defaultedgetype: 'directed', mode: 'static' });
    expect(Object.keys(gexf.graph).filter((k) => typeof gexf.graph[k] === 'object')).toEqual(['attributes', 'nodes', 'edges']);
    const declared = (cls: string) =>
      new Map<string, string>(gexf.graph.attributes.find((a: any) => a.class === cls).attribute.map((a: any) => [a.id, a.title]));
    const nodeAttrs = declared('node');
    const edgeAttrs = declared('edge');
    expect([...nodeAttrs.values()]).toEqual(['kind', 'label', 'adoptedYear', 'aliases', 'description', 'id', 'source']);
    expect([...edgeAttrs.values()]).toEqual(['type', 'id', 'kind']);
    const values = (item: any, attrs: Map<string, string>) =>
      Object.fromEntries(
        item.attvalues.attvalue.map((v: any) => {
          expect(attrs.has(v.for)).toBe(true); // every value refers to a declared attribute
          return [attrs.get(v.for), v.value];
        }),
      );
    const [x, y] = gexf.graph.nodes.node;
    expect(x).toMatchObject({ id: 'instrument:x', label: 'A "quoted", <odd> & name' });
    expect(values(x, nodeAttrs)).toEqual({
      kind: 'Instrument',
      label: 'A "quoted", <odd> & name',
      adoptedYear: '1990',
      aliases: 'one; two',
      id: 'instrument:x',
    });
    expect(values(y, nodeAttrs).description).toBe('line one\nline two');
    expect(xml).toContain('value="line one&#10;line two"'); // a raw line break would be read as a space
    const [edge] = gexf.graph.edges.edge;
    expect(edge).toMatchObject({ id: 'body:y-[MONITORS]->instrument:x', source: 'body:y', target: 'instrument:x', label: 'MONITORS' });
    expect(values(edge, edgeAttrs)).toMatchObject({ type: 'MONITORS', kind: 'treaty-body' });
  });
});
