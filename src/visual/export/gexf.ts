/**
 * GEXF 1.3 for Gephi: a static directed graph with the same nodes, edges and properties as the
 * GraphML export. Every property is declared once per class in <attributes> (all strings, lists
 * joined with "; ", as in GraphML and CSV); node kind and label and edge type are attributes too,
 * so Gephi can colour and filter by them. Element order follows the 1.3 schema
 * (meta, graph > attributes, nodes, edges; node/edge > attvalues).
 */
import type { PlainGraph } from '../plain-graph.js';
import { cellValue, propertyColumns } from './flatten.js';
import { xmlEscape } from './graphml.js';

/** Attribute values keep their line breaks and tabs (XML would read a raw one as a space). */
const attributeText = (text: string): string => xmlEscape(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

function declarations(cls: 'node' | 'edge', ids: Map<string, string>): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...[...ids].map(([title, id]) => `      <attribute id="${id}" title="${xmlEscape(title)}" type="string"/>`),
    '    </attributes>',
  ];
}

function attvalues(ids: Map<string, string>, values: Record<string, unknown>, indent: string): string[] {
  const present = [...ids].filter(([title]) => values[title] !== undefined && values[title] !== null);
  if (present.length === 0) return [];
  return [
    `${indent}<attvalues>`,
    ...present.map(([title, id]) => `${indent}  <attvalue for="${id}" value="${attributeText(cellValue(values[title]))}"/>`),
    `${indent}</attvalues>`,
  ];
}

export function toGexf(graph: PlainGraph, today = new Date().toISOString().slice(0, 10)): string {
  // Attribute ids are positional (n0, e0): property names are not guaranteed to be valid ids.
  const nodeIds = new Map(['kind', 'label', ...propertyColumns(graph.nodes).filter((c) => c !== 'kind' && c !== 'label')].map((t, i) => [t, `n${i}`]));
  const edgeIds = new Map(['type', ...propertyColumns(graph.edges).filter((c) => c !== 'type')].map((t, i) => [t, `e${i}`]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${today}">`,
    '    <creator>Migration Governance Knowledge Graph</creator>',
    `    <description>${graph.truncated ? 'Capped selection: more nodes matched than were exported' : 'Selection of the graph'}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', nodeIds),
    ...declarations('edge', edgeIds),
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    lines.push(
      `      <node id="${xmlEscape(n.id)}" label="${attributeText(n.label)}">`,
      ...attvalues(nodeIds, { ...n.properties, kind: n.kind, label: n.label }, '        '),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    lines.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}">`,
      ...attvalues(edgeIds, { ...e.properties, type: e.type }, '        '),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
