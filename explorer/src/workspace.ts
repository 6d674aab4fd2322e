/**
 * The curators' workspace in the details panel: sign in with an API key (the role decides what
 * the forms do: curators write, contributors propose), edit the selected node's properties, add a
 * relationship with its citations, and the node's or edge's history (history.ts). Every form is
 * generated from the API's curationModel (form-model.ts), so the model alone decides the fields.
 */
import { currentKey, storeKey } from './api-key.js';
import { $ } from './dom.js';
import { citationBlock, el, fieldRow, readCitations, readControls, renderControls, showRefusal } from './form-render.js';
import { nodeControls, relationshipControls, typesForKind, type CurationModel } from './form-model.js';
import { renderHistory } from './history.js';
import { setupSearch } from './search.js';
import { searchNodes } from './api.js';
import { curationModel, submitWrite, whoami } from './write-api.js';

export interface Selection {
  id: string;
  kind?: string;
  source?: string;
  target?: string;
  properties: Record<string, unknown>;
}

let role: string | null = null;
let renderings = 0;
let model: Promise<CurationModel> | undefined;
const loadModel = () => (model ??= curationModel());

export const currentRole = () => role;
export const canCurate = () => role === 'CURATOR' || role === 'ADMIN';
const canEdit = () => canCurate() || role === 'CONTRIBUTOR';

/** Shows who the stored key belongs to; a key the server does not know leaves the page signed out. */
export async function refreshSignIn(): Promise<void> {
  const who = currentKey() ? await whoami().catch(() => null) : null;
  role = who?.role ?? null;
  $('who').textContent = who ? `Signed in: ${who.name} (${who.role.toLowerCase()})` : 'Not signed in';
  document.body.dataset.role = role ?? '';
}

export function setupSignIn(ask: (reason: string) => Promise<string>, changed: () => void): void {
  $('sign-in').addEventListener('click', async () => {
    storeKey(await ask('Sign in with your API key: a curator writes, a contributor proposes changes for review.'));
    await refreshSignIn();
    changed();
  });
  void refreshSignIn();
}

/** The graph gives a node's label (MigrantCategory); the form model names kinds as NodeKind does (MIGRANT_CATEGORY). */
const kindOf = (m: CurationModel, node: Selection): string => m.nodeKinds.find((k) => k.label === node.kind)?.kind ?? '';

function formShell(title: string, id: string): { details: HTMLDetailsElement; form: HTMLFormElement; body: HTMLElement } {
  const details = el('details', undefined, 'curate-form');
  details.append(el('summary', title));
  const form = el('form');
  form.id = id;
  form.noValidate = true;
  const body = el('div');
  form.append(el('ul', undefined, 'form-problems'), body);
  details.append(form);
  return { details, form, body };
}

/** The end of every write form: citations (one more on demand), the reviewer's note for a contributor, submit and status. */
export function citationControls(submitLabel: string) {
  const citations = el('div', undefined, 'citations');
  citations.dataset.field = 'citations';
  citations.append(citationBlock(0));
  const more = Object.assign(el('button', 'Add another citation'), { type: 'button' });
  more.addEventListener('click', () => citations.append(citationBlock(citations.children.length)));
  const note = Object.assign(el('textarea'), { rows: 2, placeholder: 'Note for the reviewer (proposals)' });
  note.hidden = canCurate();
  const submit = Object.assign(el('button', canCurate() ? submitLabel : 'Propose for review'), { type: 'submit' });
  const status = el('p', undefined, 'form-status');
  status.setAttribute('role', 'status');
  return { citations, more, note, submit, status };
}

function footer(form: HTMLFormElement, submitLabel: string): { status: HTMLElement; note: HTMLTextAreaElement } {
  const { citations, more, note, submit, status } = citationControls(submitLabel);
  form.append(el('h4', 'Citations (at least one)'), citations, more, note, submit, status);
  return { status, note };
}

function nodeEditForm(m: CurationModel, node: Selection, done: () => void): HTMLElement {
  const { details, form, body } = formShell('Edit properties', 'edit-node');
  const controls = nodeControls(m, kindOf(m, node));
  renderControls(body, controls, node.properties);
  const { status, note } = footer(form, 'Save changes');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = 'Sending…';
    try {
      const input = { id: node.id, ...readControls(body, controls, node.properties), citations: readCitations(form) };
      status.textContent = await submitWrite('updateNode', input, !canCurate(), note.value);
      form.querySelector('.form-problems')!.replaceChildren();
      form.querySelectorAll('.problem-note').forEach((n) => n.remove());
      done();
    } catch (error) {
      status.textContent = 'Refused: see the fields marked below';
      showRefusal(form, error);
    }
  });
  return details;
}

function addRelationshipForm(m: CurationModel, node: Selection, done: () => void): HTMLElement {
  const { details, form, body } = formShell('Add a relationship', 'add-relationship');
  const types = typesForKind(m, kindOf(m, node));
  const type = el('select');
  type.dataset.path = 'type';
  type.append(...types.map((t) => new Option(t.type, t.type)));
  const direction = el('select');
  direction.dataset.path = 'direction';
  // Type words to search the kinds this type allows at the other end (or paste an id); a pick puts its id in.
  const other = Object.assign(el('input'), { type: 'search', placeholder: 'Search the other end, or its id', autocomplete: 'off' });
  other.dataset.path = 'otherEnd';
  const suggestions = el('ul', undefined, 'suggestions');
  suggestions.hidden = true;
  const fields = el('div');
  const current = () => types.find((t) => t.type === type.value)!;
  const otherKinds = () => (direction.value === 'in' ? current().asTo : current().asFrom);
  setupSearch(
    other,
    suggestions,
    (id) => (other.value = id),
    (text) => searchNodes(text, otherKinds()),
  );
  const typeChanged = () => {
    const t = current();
    direction.replaceChildren(
      ...(t.asFrom.length ? [new Option(`${node.id} → other`, 'out')] : []),
      ...(t.asTo.length ? [new Option(`other → ${node.id}`, 'in')] : []),
    );
    renderControls(fields, relationshipControls(m, t.type));
  };
  type.addEventListener('change', typeChanged);
  typeChanged();
  const otherRow = fieldRow('other end *', 'otherEnd', other);
  otherRow.append(suggestions);
  body.append(fieldRow('type', 'type', type), fieldRow('direction', 'direction', direction), otherRow, fields);
  const { status, note } = footer(form, 'Add relationship');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const out = direction.value !== 'in';
    // The other end is the request's `to` (or `from`): problems naming it belong next to this input.
    otherRow.dataset.field = out ? 'to' : 'from';
    status.textContent = 'Sending…';
    try {
      const input = {
        type: type.value,
        from: out ? node.id : other.value.trim(),
        to: out ? other.value.trim() : node.id,
        ...readControls(fields, relationshipControls(m, type.value)),
        citations: readCitations(form),
      };
      status.textContent = await submitWrite('addRelationship', input, !canCurate(), note.value);
      form.querySelector('.form-problems')!.replaceChildren();
      form.querySelectorAll('.problem-note').forEach((n) => n.remove());
      done();
    } catch (error) {
      status.textContent = 'Refused: see the fields marked below';
      showRefusal(form, error);
    }
  });
  return details;
}

/**
 * Fills the workspace part of the details panel for the selected node or edge. `refresh` redraws
 * the node's neighbourhood after a write (the new edge appears, a reverted one goes).
 */
export async function renderWorkspace(selection: Selection, isNode: boolean, refresh: () => Promise<void>): Promise<void> {
  const container = $('curate');
  // A newer selection (or the same one again) replaces this rendering: only the latest one fills the panel.
  const mine = String(++renderings);
  container.dataset.for = selection.id;
  container.dataset.rendering = mine;
  container.replaceChildren();
  const history = el('section', undefined, 'history');
  history.id = 'history';
  if (canEdit() && isNode) {
    let failure = '';
    const m = await loadModel().catch((error: unknown) => {
      model = undefined; // asked again on the next selection
      failure = error instanceof Error ? error.message : String(error);
      return null;
    });
    if (container.dataset.rendering !== mine) return;
    if (m) {
      const after = async () => {
        await refresh();
        await renderHistory(history, selection, isNode, refresh);
      };
      container.append(nodeEditForm(m, selection, after), addRelationshipForm(m, selection, after));
    } else container.append(el('p', `The curation form model could not be loaded: ${failure}`, 'problem'));
  } else if (!canEdit()) container.append(el('p', 'Sign in with a contributor or curator key to edit.', 'hint'));
  container.append(history);
  await renderHistory(history, selection, isNode, refresh);
}
