/**
 * Responsiveness on synthetic graphs of a given size, with the page's own style and layout:
 * how long adding + laying out takes, then how long a frame takes while the reader interacts
 * (zoom steps, a click that highlights, a filter toggle). Used by scripts/measure-explorer.ts;
 * the numbers are in docs/explorer.md.
 */
import cytoscape from 'cytoscape';
import { layoutOptions, stylesheet, KIND_STYLE, RELATIONSHIP_TYPES, RENDER_OPTIONS } from './style.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** A small deterministic PRNG, so every run draws the same graph. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

export async function benchmark(
  host: HTMLElement,
  nodeCount: number,
  edgeCount: number,
  renderOptions: cytoscape.CytoscapeOptions = RENDER_OPTIONS,
  layoutOverrides: object = {},
) {
  const container = document.createElement('div');
  Object.assign(container.style, { position: 'absolute', inset: '0', background: '#fff' });
  host.style.position = 'relative';
  host.append(container);
  const rand = random(nodeCount * 7919 + edgeCount);
  const kinds = Object.keys(KIND_STYLE);
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) elements.push({ group: 'nodes', data: { id: `n${i}`, kind: kinds[i % kinds.length], label: `node ${i}` } });
  // A spanning tree first (connected, like a neighbourhood), then random extra edges.
  for (let i = 0; i < edgeCount; i++) {
    const source = i < nodeCount - 1 ? i + 1 : Math.floor(rand() * nodeCount);
    const target = i < nodeCount - 1 ? Math.floor(rand() * (i + 1)) : Math.floor(rand() * nodeCount);
    elements.push({
      group: 'edges',
      data: { id: `e${i}`, source: `n${source}`, target: `n${target}`, type: RELATIONSHIP_TYPES[i % RELATIONSHIP_TYPES.length] },
    });
  }
  try {
    const t0 = performance.now();
    const cy = cytoscape({ container, style: stylesheet(), elements, ...renderOptions });
    const run = cy.layout({ ...layoutOptions(true, nodeCount), ...layoutOverrides } as cytoscape.LayoutOptions);
    const laidOut = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
    run.run();
    await laidOut;
    cy.fit(undefined, 30);
    const rendered = await frame();
    const layoutMs = rendered - t0;

    // Interaction: zoom in and out, click-highlight a node's neighbourhood, toggle a filter.
    const frames: number[] = [];
    let last = await frame();
    const zoom = cy.zoom();
    for (let i = 0; i < 10; i++) {
      cy.zoom({ level: zoom * (i % 2 ? 1 : 1.6), renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
      const now = await frame();
      frames.push(now - last);
      last = now;
    }
    const tClick = performance.now();
    const node = cy.nodes()[Math.floor(nodeCount / 2)]!;
    cy.batch(() => {
      cy.elements().addClass('faded');
      node.closedNeighborhood().removeClass('faded').addClass('evidence');
      node.select();
    });
    const clickMs = (await frame()) - tClick;
    const tFilter = performance.now();
    cy.nodes('[kind = "State"]').addClass('hidden');
    const filterMs = (await frame()) - tFilter;
    cy.destroy();
    frames.sort((a, b) => a - b);
    return {
      nodes: nodeCount,
      edges: edgeCount,
      layoutMs: Math.round(layoutMs),
      medianFrameMs: Math.round(frames[Math.floor(frames.length / 2)]!),
      worstFrameMs: Math.round(frames.at(-1)!),
      clickHighlightMs: Math.round(clickMs),
      filterMs: Math.round(filterMs),
    };
  } finally {
    container.remove();
  }
}
