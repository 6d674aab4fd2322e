/**
 * Nodes and edges as CSV (RFC 4180: fields quoted when they hold a comma, quote or line break).
 * Column names follow Gephi's spreadsheet import: Id and Label for nodes; Source, Target and
 * Type (Directed) for edges, with the relationship type as the edge Label.
 */
import { stringify } from 'csv-stringify/sync';
import type { PlainGraph } from '../plain-graph.js';
import { cellValue, propertyColumns } from './flatten.js';

function table(header: string[], rows: string[][]): string {
  return stringify([header, ...rows], { record_delimiter: 'windows' });
}

export function toCsvNodes(graph: PlainGraph): string {
  const columns = propertyColumns(graph.nodes).filter((c) => c !== 'id');
  return table(
    ['Id', 'Label', 'Kind', ...columns],
    graph.nodes.map((n) => [n.id, n.label, n.kind, ...columns.map((c) => cellValue(n.properties[c]))]),
  );
}

export function toCsvEdges(graph: PlainGraph): string {
  const columns = propertyColumns(graph.edges).filter((c) => c !== 'id');
  return table(
    ['Id', 'Source', 'Target', 'Type', 'Label', ...columns],
    graph.edges.map((e) => [e.id, e.source, e.target, 'Directed', e.type, ...columns.map((c) => cellValue(e.properties[c]))]),
  );
}
