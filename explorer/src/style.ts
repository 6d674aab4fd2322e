/** How the graph looks: a colour and a shape per kind (so kinds differ without colour too), edge labels. */
import type cytoscape from 'cytoscape';
import { RELATIONSHIPS } from '../../src/model/model.js';

export const KIND_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape }> = {
  State: { color: '#4e79a7', shape: 'ellipse' },
  Instrument: { color: '#f28e2b', shape: 'round-rectangle' },
  Organization: { color: '#59a14f', shape: 'hexagon' },
  Body: { color: '#e15759', shape: 'diamond' },
  RCP: { color: '#76b7b2', shape: 'pentagon' },
  Forum: { color: '#edc948', shape: 'octagon' },
  MigrantCategory: { color: '#b07aa1', shape: 'triangle' },
  Right: { color: '#ff9da7', shape: 'star' },
  StatusReport: { color: '#9c755f', shape: 'tag' },
  Source: { color: '#bab0ac', shape: 'barrel' },
};

/** The filter list: the model's relationship types (src/model/model.ts is plain data, so it bundles). */
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS);

export function stylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-max-width': '90px',
        'text-wrap': 'ellipsis',
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': s.color, shape: s.shape } })),
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#a8b0bd',
        'target-arrow-color': '#a8b0bd',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 6,
        color: '#667',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
      },
    },
    // Edge labels only when zoomed in enough to read them: hundreds of labels cost a lot to draw.
    { selector: 'edge', style: { 'min-zoomed-font-size': 7 } },
    { selector: 'node', style: { 'min-zoomed-font-size': 6 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: 'node.answer', style: { 'border-width': 4, 'border-color': '#b00020', width: 34, height: 34, 'font-weight': 'bold', 'font-size': 11 } },
    { selector: 'edge.evidence', style: { width: 3, 'line-color': '#b00020', 'target-arrow-color': '#b00020', color: '#b00020' } },
    { selector: 'node.question', style: { 'border-width': 4, 'border-color': '#1f3a5f' } },
    { selector: ':selected', style: { 'overlay-color': '#1f3a5f', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  ];
}

/** Above this many nodes a fresh layout uses fcose's "draft" quality (spectral only). */
export const DRAFT_LAYOUT_ABOVE = 300;

/**
 * fcose: fast force-directed layout, with the options docs/explorer.md was measured with.
 * A fresh layout of a large view in "draft" quality took about a third of the time of
 * "default" there; an incremental one (randomize false, after an expand) must be "default".
 */
export function layoutOptions(randomize: boolean, nodeCount: number): cytoscape.LayoutOptions {
  const quality = randomize && nodeCount > DRAFT_LAYOUT_ABOVE ? 'draft' : 'default';
  return {
    name: 'fcose',
    quality,
    randomize,
    animate: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 70,
    nodeRepulsion: 6000,
    numIter: 2500,
  } as cytoscape.LayoutOptions;
}

/**
 * Renderer options for every canvas: while panning or zooming, move a cached picture instead of
 * redrawing hundreds of edges each frame (redrawn when the gesture stops). Measured in
 * docs/explorer.md: it is what keeps a 500-node / 2,000-edge view usable.
 */
export const RENDER_OPTIONS = { textureOnViewport: true, minZoom: 0.05, maxZoom: 4 } as const;
