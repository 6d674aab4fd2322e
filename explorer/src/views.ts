/**
 * The two views of the page's centre: the world map (first screen) and the graph canvas. The
 * graph view is shown whenever something is drawn on the canvas (search, expand, question,
 * share link); Cytoscape needs a resize after its container was hidden.
 */
import type cytoscape from 'cytoscape';
import { $ } from './dom.js';

export type View = 'map' | 'graph' | 'queue' | 'guided' | 'create' | 'import';

export function showView(view: View, cy: cytoscape.Core): void {
  const wasHidden = $('graph').hidden;
  $('map-view').hidden = view !== 'map';
  $('graph').hidden = view !== 'graph';
  $('queue-view').hidden = view !== 'queue';
  $('create-view').hidden = view !== 'create';
  $('import-view').hidden = view !== 'import';
  $('show-queue').setAttribute('aria-selected', String(view === 'queue'));
  $('guided-view').hidden = view !== 'guided';
  $('show-guided').setAttribute('aria-selected', String(view === 'guided'));
  $('show-map').setAttribute('aria-selected', String(view === 'map'));
  $('show-graph').setAttribute('aria-selected', String(view === 'graph'));
  $('show-create').setAttribute('aria-selected', String(view === 'create'));
  $('show-import').setAttribute('aria-selected', String(view === 'import'));
  if (view === 'graph' && wasHidden) cy.resize();
}

/** The instrument the map opens on: `#map=<instrument id>` in the URL, else the ICRMW. */
export function firstMapInstrument(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('map') || 'instrument:icrmw';
}
