/**
 * "Add to the graph": a new node of any kind the model allows, a new Source with its text among
 * them. Kind picker → the kind's fields, generated from curationModel like the workspace's forms
 * (no field is named here but the model's long `text`, which gets a text box and a .txt loader),
 * and the citations the API requires. Curators create (createNode), contributors propose. A
 * created Source is offered by the citation pickers at once, and its passages are listed: the
 * locators a quote of it can be checked against.
 */
import { $ } from './dom.js';
import { el, fieldRow, readCitations, readControls, renderControls, showRefusal } from './form-render.js';
import { nodeControls, type CurationModel } from './form-model.js';
import { sourcePassages } from './import-api.js';
import { nodeId, withSelfCitation } from './new-node.js';
import { canCurate, citationControls, currentRole } from './workspace.js';
import { curationModel, forgetSources, submitWrite } from './write-api.js';

let model: Promise<CurationModel> | undefined;

/** The model's one long field: a document's text, pasted or loaded from a .txt file. */
function longTextBox(container: HTMLElement): void {
  const box = container.querySelector<HTMLInputElement>('input[data-path$=".text"]');
  if (!box) return;
  const area = Object.assign(el('textarea'), { rows: 6, name: box.name, title: box.title, value: box.value });
  area.dataset.path = box.dataset.path;
  const file = Object.assign(el('input'), { type: 'file', accept: '.txt,text/plain' });
  file.className = 'text-file';
  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (picked) area.value = await picked.text(); // the File API: read in the page, sent with the form
  });
  const load = el('small', 'or load a .txt file: ');
  load.append(file);
  box.replaceWith(area, load);
}

/** The passages the new Source's text was cut into, each with its locator. */
async function showPassages(container: HTMLElement, id: string): Promise<void> {
  const passages = await sourcePassages(id);
  const list = el('ol', undefined, 'source-passages');
  list.append(
    ...passages.map((p) => {
      const li = el('li');
      li.dataset.locator = p.locator;
      li.append(el('strong', p.locator), document.createTextNode(` ${p.text}`));
      return li;
    }),
  );
  container.append(
    el('h4', `${id}: ${passages.length} passage${passages.length === 1 ? '' : 's'} cut from its text (cite them by locator; Check quote looks in them)`),
    list,
  );
}

function createForm(m: CurationModel, openNode: (id: string) => void): HTMLFormElement {
  const form = el('form');
  form.id = 'create-node';
  form.noValidate = true;
  const kind = el('select');
  kind.dataset.path = 'kind';
  kind.append(...m.nodeKinds.map((k) => new Option(k.label, k.kind)));
  const prefix = el('span', '', 'id-prefix');
  const id = Object.assign(el('input'), { type: 'text', placeholder: 'slug, e.g. iom-bali-process-page', autocomplete: 'off' });
  id.dataset.path = 'id';
  const fields = el('div');
  const current = () => m.nodeKinds.find((k) => k.kind === kind.value)!;
  const kindChanged = () => {
    prefix.textContent = `${current().idPrefix ?? ''}:`;
    renderControls(fields, nodeControls(m, kind.value));
    longTextBox(fields);
  };
  kind.addEventListener('change', kindChanged);
  const { citations, more, note, submit, status } = citationControls('Create');
  const created = el('section', undefined, 'created');
  form.append(
    el('ul', undefined, 'form-problems'),
    fieldRow('kind', 'kind', kind),
    fieldRow('id *', 'id', prefix, id),
    fields,
    el('h4', 'Citations (at least one; a new Source left without one cites itself, locator "document")'),
    citations,
    more,
    note,
    submit,
    status,
    created,
  );
  kindChanged();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = 'Sending…';
    created.replaceChildren();
    const newId = nodeId(current().idPrefix ?? '', id.value);
    try {
      const input = { id: newId, ...readControls(fields, nodeControls(m, kind.value)), citations: withSelfCitation(newId, readCitations(form)) };
      status.textContent = await submitWrite('createNode', input, !canCurate(), note.value);
      form.querySelector('.form-problems')!.replaceChildren();
      form.querySelectorAll('.problem-note').forEach((n) => n.remove());
      if (!canCurate()) return;
      forgetSources(); // the citation pickers now offer it
      const open = Object.assign(el('button', `Show ${newId} in the graph`), { type: 'button' });
      open.addEventListener('click', () => openNode(newId));
      created.append(open);
      if (newId.startsWith('source:')) await showPassages(created, newId);
    } catch (error) {
      status.textContent = 'Refused: see the fields marked below';
      showRefusal(form, error);
    }
  });
  return form;
}

/** Fills the page for the signed-in role; called each time the tab is shown. */
export async function renderNodeForm(openNode: (id: string) => void): Promise<void> {
  const container = $('create-view');
  container.dataset.role = currentRole() ?? '';
  if (!currentRole() || currentRole() === 'READER') {
    container.replaceChildren(el('p', 'Sign in with a contributor or curator key to add to the graph.', 'hint'));
    return;
  }
  try {
    const m = await (model ??= curationModel());
    container.replaceChildren(el('h2', 'Add to the graph'), createForm(m, openNode));
  } catch (error) {
    model = undefined;
    container.replaceChildren(el('p', `The curation form model could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'problem'));
  }
}
