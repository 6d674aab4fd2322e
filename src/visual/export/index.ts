/** The export formats: a serializer, a media type and a file extension each. */
import type { PlainGraph } from '../plain-graph.js';
import { toCsvEdges, toCsvNodes } from './csv.js';
import { toCytoscapeJson } from './cytoscape-json.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

export type ExportFormat = 'CYTOSCAPE_JSON' | 'GRAPHML' | 'GEXF' | 'CSV_NODES' | 'CSV_EDGES';

const FORMATS: Record<ExportFormat, { write: (g: PlainGraph) => string; mediaType: string; suffix: string }> = {
  CYTOSCAPE_JSON: { write: toCytoscapeJson, mediaType: 'application/json', suffix: '.cyjs' },
  GRAPHML: { write: toGraphml, mediaType: 'application/graphml+xml', suffix: '.graphml' },
  GEXF: { write: (g) => toGexf(g), mediaType: 'application/gexf+xml', suffix: '.gexf' },
  CSV_NODES: { write: toCsvNodes, mediaType: 'text/csv', suffix: '-nodes.csv' },
  CSV_EDGES: { write: toCsvEdges, mediaType: 'text/csv', suffix: '-edges.csv' },
};

export function exportGraph(graph: PlainGraph, format: ExportFormat, basename: string) {
  const spec = FORMATS[format];
  return {
    format,
    mediaType: spec.mediaType,
    filename: `${basename}${spec.suffix}`,
    content: spec.write(graph),
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    truncated: graph.truncated,
  };
}
