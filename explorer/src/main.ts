/**
 * The explorer page: search → canvas, click → details and citations, expand, the flagship
 * question, filters, share link and exports. Every piece of data comes through GraphQL (api.ts).
 */
import type cytoscape from 'cytoscape';
import * as api from './api.js';
import { benchmark } from './bench.js';
import { addGraph, applyFilters, createCy, highlight, layout } from './canvas.js';
import { onKeyNeeded } from './api-key.js';
import { askForKey } from './key-prompt.js';
import { $, fillSelect, renderDetails, renderFilters, renderLegend } from './dom.js';
import { setupSearch } from './search.js';
import { createMap, type MapView } from './map.js';
import { firstMapInstrument, showView } from './views.js';
import { KIND_STYLE, RELATIONSHIP_TYPES } from './style.js';
import { setupTablesMenu } from './tables-menu.js';
import { renderWorkspace, setupSignIn } from './workspace.js';
import { setupQueue } from './queue.js';
import { setupGuided } from './guided-form.js';
import { renderNodeForm } from './node-form.js';
import { renderImportPage } from './import-page.js';
import { decodeView, encodeView, type ViewState } from './view-state.js';

const cy = createCy($('graph'));
const hiddenKinds = new Set<string>();
const hiddenTypes = new Set<string>();
let question: ViewState['question'] = null;
let answers: api.EvidenceAnswer[] = [];
let selected: string | null = null;

function status(text: string): void {
  $('status').textContent = text;
}

/** Runs a step with a status line; errors from the API are shown, not swallowed. */
async function step<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  status(`${label}…`);
  try {
    const result = await work();
    status(`${cy.nodes().length} nodes, ${cy.edges().length} edges`);
    return result;
  } catch (error) {
    status(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function show(graph: api.Graph): Promise<void> {
  showView('graph', cy);
  const added = addGraph(cy, graph);
  applyFilters(cy, hiddenKinds, hiddenTypes);
  highlight(cy, answers, question ? [question.right, question.category] : []);
  await layout(cy, added);
  if (graph.truncated) status(`${cy.nodes().length} nodes, ${cy.edges().length} edges (the answer was capped; see docs/explorer.md)`);
}

function select(id: string | null): void {
  selected = id;
  const element = id ? cy.getElementById(id) : null;
  cy.elements().unselect();
  if (!element || element.empty()) {
    $('details').hidden = true;
    return;
  }
  element.select();
  renderDetails(element.data(), element.isNode());
  const data = element.data();
  void renderWorkspace(data, element.isNode(), () => redraw(element.isNode() ? data.id : data.source));
}

/** After a write or revert: the node's edges as the graph now holds them (a new edge appears, a reverted one goes). */
async function redraw(nodeId: string): Promise<void> {
  const fresh = await api.neighborhood(nodeId);
  const kept = new Set(fresh.edges.map((e) => e.id));
  cy.getElementById(nodeId)
    .connectedEdges()
    .filter((e) => !kept.has(e.id()))
    .remove();
  await show(fresh);
  status(`${cy.nodes().length} nodes, ${cy.edges().length} edges`);
}

export async function expand(id: string): Promise<void> {
  await step(`Expanding ${id}`, async () => show(await api.neighborhood(id)));
}

async function focusNode(id: string): Promise<void> {
  showView('graph', cy);
  await step(`Loading ${id}`, async () => {
    if (cy.getElementById(id).empty()) await show(await api.neighborhood(id));
    select(id);
    cy.animate({ center: { eles: cy.getElementById(id) }, duration: 200 });
  });
}

async function ask(q: NonNullable<ViewState['question']>): Promise<void> {
  await step('Asking', async () => {
    const result = await api.evidenceGraph(q.right, q.category, q.state);
    cy.elements().remove();
    select(null);
    question = q;
    answers = result.answers;
    await show(result.graph);
    const list = $('answers');
    list.replaceChildren(
      ...(answers.length === 0 ? [Object.assign(document.createElement('li'), { textContent: 'No body found for this question' })] : []),
      ...answers.map((a) => {
        const li = document.createElement('li');
        li.className = 'answer';
        li.dataset.id = a.monitorId;
        const node = cy.getElementById(a.monitorId);
        li.textContent = `${node.data('properties')?.name ?? a.monitorId} — ${a.basis === 'TREATY' ? `monitors ${cy.getElementById(a.instrumentId ?? '').data('label') ?? a.instrumentId}` : 'mandate'}`;
        li.addEventListener('click', () => select(a.monitorId));
        return li;
      }),
    );
  });
}

function currentView(): ViewState {
  return {
    nodes: cy.nodes().map((n) => n.id()),
    question,
    hiddenKinds: [...hiddenKinds],
    hiddenTypes: [...hiddenTypes],
    selected,
  };
}

async function restore(view: ViewState): Promise<void> {
  view.hiddenKinds.forEach((k) => hiddenKinds.add(k));
  view.hiddenTypes.forEach((t) => hiddenTypes.add(t));
  renderAllFilters();
  if (view.question) {
    ($('q-right') as HTMLSelectElement).value = view.question.right;
    ($('q-category') as HTMLSelectElement).value = view.question.category;
    ($('q-state') as HTMLSelectElement).value = view.question.state ?? '';
    await ask(view.question);
  }
  const missing = view.nodes.filter((id) => cy.getElementById(id).empty());
  if (missing.length) await step('Restoring the view', async () => show(await api.subgraph(missing)));
  if (view.selected) select(view.selected);
}

function renderAllFilters(): void {
  const refilter = () => applyFilters(cy, hiddenKinds, hiddenTypes);
  renderFilters($('kind-filters'), Object.keys(KIND_STYLE), hiddenKinds, refilter);
  renderFilters($('type-filters'), RELATIONSHIP_TYPES, hiddenTypes, refilter);
}

async function download(format: string): Promise<void> {
  const ids = cy.nodes(':visible').map((n) => n.id());
  if (ids.length === 0) return status('Nothing to export: the view is empty');
  await step(`Exporting ${format}`, async () => {
    const file = await api.exportView(format, ids);
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
    const a = Object.assign(document.createElement('a'), { href: url, download: file.filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}

function wire(): void {
  cy.on('tap', 'node, edge', (event) => select((event.target as cytoscape.SingularElementArgument).id()));
  cy.on('tap', (event) => {
    if (event.target === cy) select(null);
  });
  cy.on('dbltap', 'node', (event) => void expand((event.target as cytoscape.NodeSingular).id()));
  $('expand').addEventListener('click', () => selected && void expand(selected));
  $('close-details').addEventListener('click', () => select(null));
  $('show-map').addEventListener('click', () => void openMap());
  $('show-graph').addEventListener('click', () => {
    showView('graph', cy);
    // Never a blank canvas: an empty graph view opens on the prefilled question's answer.
    if (cy.elements().empty()) ($('flagship') as HTMLFormElement).requestSubmit();
  });
  $('relayout').addEventListener('click', () => void layout(cy));
  $('clear').addEventListener('click', () => {
    cy.elements().remove();
    question = null;
    answers = [];
    $('answers').replaceChildren();
    select(null);
    status('');
  });
  $('share').addEventListener('click', () => {
    history.replaceState(null, '', encodeView(currentView()));
    const input = $('share-link') as HTMLInputElement;
    input.hidden = false;
    input.value = location.href;
    input.select();
    void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  });
  $('flagship').addEventListener('submit', (event) => {
    event.preventDefault();
    const state = ($('q-state') as HTMLSelectElement).value;
    void ask({ right: ($('q-right') as HTMLSelectElement).value, category: ($('q-category') as HTMLSelectElement).value, state: state || null });
  });
  document.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) => b.addEventListener('click', () => void download(b.dataset.export!)));
  setupSignIn(askForKey, () => {
    if (selected) select(selected);
    // The add and import pages depend on the role: shown again for the new key.
    if (!$('create-view').hidden) void renderNodeForm((id) => void focusNode(id));
    if (!$('import-view').hidden) renderImportPage();
  });
  setupQueue(() => showView('queue', cy));
  setupGuided(
    () => showView('guided', cy),
    (id) => void focusNode(id),
  );
  $('show-create').addEventListener('click', () => {
    showView('create', cy);
    void renderNodeForm((id) => void focusNode(id));
  });
  $('show-import').addEventListener('click', () => {
    showView('import', cy);
    renderImportPage();
  });
  setupSearch($('search') as HTMLInputElement, $('suggestions') as HTMLUListElement, (id) => void focusNode(id));
  const selectValue = (id: string) => ($(id) as HTMLSelectElement).value;
  setupTablesMenu($('tables-menu'), $('flagship') as HTMLFormElement, () => ({
    right: selectValue('q-right'),
    category: selectValue('q-category'),
    state: selectValue('q-state'),
  }));
}

/** The map view, made the first time it is shown; a click on a country opens its neighbourhood. */
let map: MapView | undefined;
function openMap(): MapView {
  showView('map', cy);
  map ??= createMap($('map-view'), (id) => void focusNode(id), firstMapInstrument(location.hash));
  return map;
}

async function start(): Promise<void> {
  onKeyNeeded(askForKey);
  renderLegend($('legend'));
  renderAllFilters();
  wire();
  const options = await step('Loading the question form', () => api.questionOptions());
  if (options) {
    fillSelect($('q-right') as HTMLSelectElement, options.rights, 'right:non-refoulement');
    fillSelect($('q-category') as HTMLSelectElement, options.categories, 'category:refugees');
    fillSelect($('q-state') as HTMLSelectElement, options.states, '', true);
  }
  const view = decodeView(location.hash);
  // The first screen answers a question: the world map of a migration instrument's parties,
  // unless a share link brings a graph view.
  if (view.nodes.length === 0 && !view.question) void openMap().ready.catch(() => undefined);
  await restore(view);
  status(cy.nodes().length ? `${cy.nodes().length} nodes, ${cy.edges().length} edges` : 'Search for something to start');
}

// For the browser tests and the responsiveness measurement (docs/explorer.md).
const ready = start();
Object.assign(window, {
  explorer: {
    cy,
    ready,
    expand,
    map: () => openMap(),
    benchmark: (n: number, m: number, options?: object, layout?: object) => {
      showView('graph', cy); // the map is the first screen; the benchmark draws in the graph view
      return benchmark($('graph'), n, m, options, layout);
    },
  },
});
