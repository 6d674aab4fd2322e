/** The Cytoscape instance and what the page does to it: add answers, lay out, filter, highlight. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EvidenceAnswer, Graph } from './api.js';
import { layoutOptions, RENDER_OPTIONS, stylesheet } from './style.js';

cytoscape.use(fcose);

export function createCy(container: HTMLElement): cytoscape.Core {
  return cytoscape({ container, style: stylesheet(), ...RENDER_OPTIONS });
}

/** Adds what is not on the canvas yet; returns the added elements. */
export function addGraph(cy: cytoscape.Core, graph: Graph): cytoscape.CollectionReturnValue {
  const elements: cytoscape.ElementDefinition[] = [
    ...graph.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ group: 'nodes' as const, data: { ...n } })),
    ...graph.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => ({ group: 'edges' as const, data: { ...e } })),
  ];
  return cy.add(elements);
}

/**
 * Lays out the canvas. New nodes start next to a neighbour already placed, and an incremental
 * run (randomize: false) keeps the rest of the picture where the reader left it.
 */
export function layout(cy: cytoscape.Core, added?: cytoscape.CollectionReturnValue): Promise<void> {
  const incremental = added !== undefined && added.nodes().length < cy.nodes().length;
  if (incremental) {
    added.nodes().forEach((n) => {
      const placed = n.neighborhood().nodes().difference(added.nodes())[0];
      if (placed) n.position({ x: placed.position('x') + Math.random() * 40 - 20, y: placed.position('y') + Math.random() * 40 - 20 });
    });
  }
  const run = cy.layout(layoutOptions(!incremental, cy.nodes().length));
  const done = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
  run.run();
  return done.then(() => {
    cy.fit(undefined, 30);
    // A handful of nodes would otherwise be blown up to fill the screen.
    if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
}

/** Hides nodes of the hidden kinds and edges of the hidden types (and edges left without an end). */
export function applyFilters(cy: cytoscape.Core, hiddenKinds: Set<string>, hiddenTypes: Set<string>): void {
  cy.batch(() => {
    cy.elements().removeClass('hidden');
    cy.nodes()
      .filter((n) => hiddenKinds.has(n.data('kind')))
      .addClass('hidden');
    cy.edges()
      .filter((e) => hiddenTypes.has(e.data('type')) || e.source().hasClass('hidden') || e.target().hasClass('hidden'))
      .addClass('hidden');
  });
}

/** Marks the answering bodies and their evidence; everything else fades. */
export function highlight(cy: cytoscape.Core, answers: EvidenceAnswer[], question: string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('answer evidence question faded');
    if (answers.length === 0 && question.length === 0) return;
    const keep = cy.collection();
    for (const a of answers) {
      keep.merge(cy.getElementById(a.monitorId).addClass('answer'));
      for (const id of a.edgeIds) {
        const edge = cy.getElementById(id).addClass('evidence');
        keep.merge(edge).merge(edge.connectedNodes());
      }
    }
    for (const id of question) keep.merge(cy.getElementById(id).addClass('question'));
    cy.elements().difference(keep).addClass('faded');
  });
}
