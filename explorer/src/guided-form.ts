/**
 * The "Templates" view: a short step-by-step form for each known gap (guided-templates.ts) —
 * who and where, the fact, the source, and the coverage step — filling the same write the
 * generic "Add a relationship" form makes (a curator writes, a contributor proposes). The fact's
 * fields are generated from curationModel like every other form.
 *
 * A curator's fact and coverage are two writes, each its own audited transaction (the API's
 * unit): the fact first, then the COVERS edge. Both are idempotent, so after a refused coverage
 * the curator corrects it and submits again; the fact then comes back UNCHANGED.
 */
import { searchNodes } from './api.js';
import { $ } from './dom.js';
import { el, fieldRow, readCitations, readControls, renderControls, showRefusal } from './form-render.js';
import { existingCoverage, searchIloInstruments } from './guided-api.js';
import { coveragePlan, GUIDED_TEMPLATES, guidedControls, kindOfId, otherKindsOf, type CoveragePlan, type GuidedTemplate } from './guided-templates.js';
import { setupSearch } from './search.js';
import { canCurate, citationControls, currentRole } from './workspace.js';
import { curationModel, Refusal, submitWrite } from './write-api.js';
import type { CurationModel } from './form-model.js';

let model: Promise<CurationModel> | undefined;
const canEdit = () => canCurate() || currentRole() === 'CONTRIBUTOR';

/** A search-as-you-type input whose pick puts the node's id in; `find` decides which nodes. */
function pickInput(path: string, placeholder: string, find: (text: string) => ReturnType<typeof searchNodes>, picked: () => void) {
  const input = Object.assign(el('input'), { type: 'search', placeholder, autocomplete: 'off' });
  input.dataset.path = path;
  const list = el('ul', undefined, 'suggestions');
  list.hidden = true;
  setupSearch(
    input,
    list,
    (id) => {
      input.value = id;
      picked();
    },
    find,
  );
  input.addEventListener('change', picked);
  return { input, list };
}

const step = (n: number, title: string, ...children: (HTMLElement | string)[]) => {
  const section = el('fieldset', undefined, 'guided-step');
  section.dataset.step = String(n);
  section.append(el('legend', `${n}. ${title}`), ...children);
  return section;
};

/** Problems of the COVERS write name its `from` (the cited source): shown next to the source. */
const asCoverageRefusal = (error: unknown) =>
  error instanceof Refusal
    ? new Refusal(
        error.message,
        error.code,
        error.problems.map((p) => (p.field.replace(/^addRelationship\./, '') === 'from' ? { ...p, field: 'citations[0].source' } : p)),
      )
    : error;

function guidedForm(m: CurationModel, template: GuidedTemplate, showNode: (id: string) => void): HTMLFormElement {
  const form = el('form', undefined, 'guided-form');
  form.id = 'guided-form';
  form.dataset.template = template.id;
  form.noValidate = true;
  const otherKinds = otherKindsOf(m, template);

  // 1. Who and where.
  const state = pickInput(
    'from',
    'Search States by name',
    (text) => searchNodes(text, ['STATE']),
    () => undefined,
  );
  const other = template.fixedOther
    ? { input: Object.assign(el('input'), { type: 'text', value: template.fixedOther, readOnly: true }), list: el('ul') }
    : pickInput(
        'to',
        `Search ${otherKinds.map((k) => k.toLowerCase()).join(' or ')}`,
        (text) => (template.iloOnly ? searchIloInstruments(text) : searchNodes(text, otherKinds)),
        () => void coverageChanged(),
      );
  other.input.dataset.path = 'to';
  const otherRow = fieldRow(`${template.otherLabel} *`, 'to', other.input);
  if (!template.fixedOther) otherRow.append(other.list);
  const stateRow = fieldRow('State *', 'from', state.input);
  stateRow.append(state.list);

  // 2. The fact, its fields from curationModel; the rest of the type's fields one click away.
  // The coverage plan follows the other end's kind (COVERS for a forum, the edge's own fields for an RCP).
  let plan: CoveragePlan = coveragePlan(m, template, kindOfId(m, other.input.value) ?? otherKinds[0] ?? '');
  const firstBox = el('div');
  const moreBox = el('div');
  let { first, more } = guidedControls(m, template, plan.mode === 'edge');
  const renderFact = () => {
    ({ first, more } = guidedControls(m, template, plan.mode === 'edge'));
    renderControls(firstBox, first);
    renderControls(moreBox, more);
  };
  renderFact();
  const moreDetails = el('details', undefined, 'more-fields');
  moreDetails.append(el('summary', 'More fields'), moreBox);
  const key = Object.assign(el('input'), { type: 'text', placeholder: 'e.g. the page slug: normlex-c143-2024' });
  key.dataset.path = 'key';
  key.title = 'Tells apart the same fact reported by different sources; part of the edge id';

  // 3. The source: the citation block of every form (source picker, locator, quote, Check quote).
  const { citations, more: moreCitations, note, submit, status } = citationControls('Save');

  // 4. Coverage: does the source list every participant as of a date?
  const declare = Object.assign(el('input'), { type: 'checkbox' });
  declare.dataset.path = 'declareCoverage';
  const coverageBox = el('div', undefined, 'coverage-fields');
  const existing = el('div', undefined, 'coverage-existing');
  existing.setAttribute('role', 'status');
  const explain = el(
    'p',
    'Tick this only when the cited source lists ALL participants (every member, or every State party) as of a date. Without a complete coverage, a State the source does not name stays unknown — never "not a member" or "not party".',
    'hint',
  );
  const renderCoverage = () => {
    coverageBox.hidden = !declare.checked;
    renderControls(coverageBox, declare.checked ? plan.controls : []);
    // Declaring completeness is what the tick means: its own box starts ticked.
    const complete = coverageBox.querySelector<HTMLInputElement>('[data-path="coverage.complete"], [data-path$=".listComplete"]');
    if (complete) complete.checked = true;
  };
  declare.addEventListener('change', renderCoverage);
  const sourceInput = citations.querySelector<HTMLInputElement>('[data-path="citations[0].source"]')!;
  let existingId: string | null = null;
  async function coverageChanged(): Promise<void> {
    const kind = kindOfId(m, other.input.value.trim());
    const next = kind ? coveragePlan(m, template, kind) : plan;
    if (next.mode !== plan.mode) {
      plan = next;
      renderFact();
      renderCoverage();
    }
    const [source, target] = [sourceInput.value.trim(), other.input.value.trim()];
    const found = plan.mode === 'covers' && source.startsWith('source:') && target ? await existingCoverage(source, target) : null;
    const same = (found?.id ?? null) === existingId;
    existingId = found?.id ?? null;
    declare.disabled = plan.mode === 'none' || existingId !== null;
    if (same) return;
    existing.replaceChildren();
    if (!found) return;
    // The same source already declares this target's coverage: show it, add no duplicate.
    declare.checked = false;
    existing.append(
      el(
        'p',
        `Already declared by this source: ${found.complete ? 'complete' : 'not complete'}, participants ${found.participants}, as of ${found.asOf}${found.note ? ` — ${found.note}` : ''} (${found.id}). Nothing more to add.`,
        'ok',
      ),
    );
    renderCoverage();
  }
  sourceInput.addEventListener('change', () => void coverageChanged());
  citations.addEventListener('click', () => setTimeout(() => void coverageChanged(), 0)); // a picked suggestion fills the source

  const show = Object.assign(el('button', 'Show the State in the graph'), { type: 'button', hidden: true });
  show.id = 'guided-show';
  show.addEventListener('click', () => showNode(state.input.value.trim()));

  form.append(
    el('h3', template.title),
    el('p', template.intro, 'hint'),
    el('ul', undefined, 'form-problems'),
    step(1, 'Who and where', stateRow, otherRow),
    step(2, 'The fact', firstBox, fieldRow('key (one per source or data set)', 'key', key), moreDetails),
    step(3, 'The source', citations, moreCitations),
    step(4, 'Coverage of the source', explain, fieldRow('The source lists ALL participants as of a date', 'declareCoverage', declare), existing, coverageBox),
    note,
    submit,
    status,
    show,
  );
  renderCoverage();
  void coverageChanged();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const asProposal = !canCurate();
    const withCoverage = declare.checked && !existingId;
    const factControls = [...first, ...more, ...(withCoverage && plan.mode === 'edge' ? plan.controls : [])];
    const cites = readCitations(form);
    const fact = {
      type: template.type,
      from: state.input.value.trim(),
      to: other.input.value.trim(),
      ...(key.value.trim() ? { key: key.value.trim() } : {}),
      ...readControls(form, factControls),
      citations: cites,
    };
    form.querySelectorAll('.problem-note').forEach((n) => n.remove());
    form.querySelector('.form-problems')!.replaceChildren();
    const asOfPath = plan.controls.find((c) => c.label === 'asOf')?.path;
    if (withCoverage && asOfPath && !coverageBox.querySelector<HTMLInputElement>(`[data-path="${asOfPath}"]`)?.value.trim()) {
      status.textContent = 'Refused: see the fields marked below';
      return showRefusal(
        form,
        new Refusal('incomplete coverage', 'BAD_USER_INPUT', [{ field: asOfPath, reason: 'a complete list needs the date it holds for' }]),
      );
    }
    status.textContent = 'Sending…';
    let factResult: string;
    try {
      factResult = await submitWrite('addRelationship', fact, asProposal, note.value);
    } catch (error) {
      status.textContent = 'Refused: see the fields marked below';
      return showRefusal(form, error);
    }
    status.textContent = `Fact: ${factResult}`;
    show.hidden = asProposal;
    if (!withCoverage || plan.mode !== 'covers') return;
    const coverage = { type: 'COVERS', from: cites[0]?.source ?? '', to: fact.to, ...readControls(coverageBox, plan.controls), citations: cites };
    try {
      status.textContent = `Fact: ${factResult} · Coverage: ${await submitWrite('addRelationship', coverage, asProposal, note.value)}`;
      void coverageChanged();
    } catch (error) {
      status.textContent = `Fact: ${factResult} · Coverage refused: see the fields marked below (submit again once corrected)`;
      showRefusal(form, asCoverageRefusal(error));
    }
  });
  return form;
}

/** Fills the Templates view: the template picker, and the chosen template's form. */
async function renderGuided(showNode: (id: string) => void): Promise<void> {
  const view = $('guided-view');
  if (!canEdit()) return void view.replaceChildren(el('p', 'Sign in with a contributor or curator key to add facts from a template.', 'hint'));
  const body = el('div', undefined, 'guided-body');
  const picker = el('nav', undefined, 'guided-picker');
  view.replaceChildren(el('h2', 'Add from a source'), picker, body);
  const m = await (model ??= curationModel()).catch((error: unknown) => {
    model = undefined;
    body.append(el('p', `The curation form model could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'problem'));
    return null;
  });
  if (!m) return;
  for (const template of GUIDED_TEMPLATES) {
    const button = Object.assign(el('button', template.title), { type: 'button' });
    button.dataset.template = template.id;
    button.addEventListener('click', () => body.replaceChildren(guidedForm(m, template, showNode)));
    picker.append(button);
  }
}

/** Wires the Templates tab; `showGuided` switches the stage to it, `showNode` opens a node in the graph. */
export function setupGuided(showGuided: () => void, showNode: (id: string) => void): void {
  $('show-guided').addEventListener('click', () => {
    showGuided();
    void renderGuided(showNode);
  });
}
