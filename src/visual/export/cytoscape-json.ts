/**
 * Cytoscape JSON (what cy.json() / cy.add() and Cytoscape desktop read): properties flat in
 * `data`, with id, source, target, kind, type and label written last so no property can
 * overwrite them.
 */
import type { PlainGraph } from '../plain-graph.js';

export function toCytoscapeJson(graph: PlainGraph): string {
  return JSON.stringify(
    {
      elements: {
        nodes: graph.nodes.map((n) => ({ data: { ...n.properties, id: n.id, kind: n.kind, label: n.label } })),
        edges: graph.edges.map((e) => ({ data: { ...e.properties, id: e.id, source: e.source, target: e.target, type: e.type, label: e.type } })),
      },
    },
    null,
    2,
  );
}
