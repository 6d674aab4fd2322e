/**
 * GraphML for Gephi and yEd: a directed graph, one <key> per property (all strings, lists joined
 * with "; "), plus kind/label on nodes and type on edges. Text is XML-escaped, and characters XML
 * 1.0 forbids are dropped, so any stored value gives a well-formed file.
 */
import type { PlainGraph } from '../plain-graph.js';
import { cellValue, propertyColumns } from './flatten.js';

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function toGraphml(graph: PlainGraph): string {
  const nodeColumns = propertyColumns(graph.nodes).filter((c) => c !== 'kind' && c !== 'label');
  const edgeColumns = propertyColumns(graph.edges).filter((c) => c !== 'type');
  // Key ids are positional (n0, e0): property names are not guaranteed to be valid XML ids.
  const nodeKeys = new Map(['kind', 'label', ...nodeColumns].map((name, i) => [name, `n${i}`]));
  const edgeKeys = new Map(['type', ...edgeColumns].map((name, i) => [name, `e${i}`]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys].map(([name, id]) => `  <key id="${id}" for="node" attr.name="${xmlEscape(name)}" attr.type="string"/>`),
    ...[...edgeKeys].map(([name, id]) => `  <key id="${id}" for="edge" attr.name="${xmlEscape(name)}" attr.type="string"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  const data = (keys: Map<string, string>, values: Record<string, unknown>): string[] =>
    [...keys]
      .filter(([name]) => values[name] !== undefined && values[name] !== null)
      .map(([name, id]) => `      <data key="${id}">${xmlEscape(cellValue(values[name]))}</data>`);
  for (const n of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`, ...data(nodeKeys, { ...n.properties, kind: n.kind, label: n.label }), '    </node>');
  }
  for (const e of graph.edges) {
    lines.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      ...data(edgeKeys, { ...e.properties, type: e.type }),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
