/**
 * "Bulk import": a curator or contributor picks a CSV or JSON file (the formats npm run import
 * reads, e.g. docs/templates/), the page reads it with the File API and asks the API's dry run
 * (checkImport): every problem with its line and field, or the rows it would create, change or
 * leave alone. Then a curator imports it (importContent, one audited transaction) and anyone
 * may submit the whole file as one proposal (proposeImport) and find it in the review queue.
 * Size: the server's MAX_BODY_BYTES refuses a larger request (HTTP 413); the page shows that
 * refusal as it comes, never a limit of its own.
 */
import { $ } from './dom.js';
import { el, showPassage } from './form-render.js';
import { checkImport, importContent, proposeImport, type ImportCheck, type ImportProblem, type PlannedImportRow } from './import-api.js';
import { asImportProblem, importRequest, planSummary, plansAWrite, problemPlace, requestBytes, type ImportRequest } from './import-request.js';
import { openProposal } from './queue.js';
import { canCurate, currentRole } from './workspace.js';
import { Refusal } from './write-api.js';

/** A refusal as the page shows it: a failed upload (connection closed on a large body) says so. */
function refusalText(error: unknown, request: ImportRequest | null): string {
  if (error instanceof Refusal) return `${error.code}: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError && request)
    return `The request did not get an answer (${message}); the server may have refused a body of ${requestBytes(request).toLocaleString('en')} bytes as larger than its limit (MAX_BODY_BYTES).`;
  return message;
}

function problemTable(problems: ImportProblem[]): HTMLTableElement {
  const table = el('table', undefined, 'import-problems');
  const head = el('tr');
  head.append(el('th', 'where'), el('th', 'entry'), el('th', 'problem'));
  table.append(
    head,
    ...problems.map((p) => {
      const tr = el('tr', undefined, 'problem');
      tr.dataset.line = p.line === null ? '' : String(p.line);
      tr.dataset.field = p.field ?? '';
      const reason = el('td', p.reason);
      if (p.passage) showPassage(reason.appendChild(el('div')), p.passage, null, 'The cited passage:');
      tr.append(el('td', problemPlace(p)), el('td', p.entry), reason);
      return tr;
    }),
  );
  return table;
}

function planTable(kind: string, rows: PlannedImportRow[]): HTMLElement {
  const section = el('section', undefined, 'import-plan');
  section.dataset.kind = kind;
  const table = el('table');
  const head = el('tr');
  head.append(el('th', 'line'), el('th', 'id'), el('th', 'would'), el('th', 'changed'));
  table.append(
    head,
    ...rows.map((r) => {
      const tr = el('tr');
      tr.dataset.outcome = r.outcome;
      tr.append(el('td', r.line === null ? '' : String(r.line)), el('td', r.id), el('td', r.outcome.toLowerCase()), el('td', r.changed.join(', ')));
      return tr;
    }),
  );
  section.append(el('h4', `${kind}: ${planSummary(rows)}`), table);
  return section;
}

function showCheck(result: HTMLElement, check: ImportCheck): void {
  if (!check.valid) {
    result.replaceChildren(
      el(
        'p',
        `${check.problems.length} problem${check.problems.length === 1 ? '' : 's'} in ${check.rows} row${check.rows === 1 ? '' : 's'}: nothing can be imported until they are fixed.`,
        'problem',
      ),
      problemTable(check.problems),
    );
    return;
  }
  result.replaceChildren(
    el('p', `Dry run: every one of ${check.rows} row${check.rows === 1 ? '' : 's'} is valid; nothing was written.`, 'ok'),
    ...(check.nodes.length ? [planTable('Nodes', check.nodes)] : []),
    ...(check.relationships.length ? [planTable('Relationships', check.relationships)] : []),
  );
}

function importForm(): HTMLFormElement {
  const form = el('form');
  form.id = 'import-form';
  const file = Object.assign(el('input'), { type: 'file', accept: '.csv,.json,text/csv,application/json' });
  file.id = 'import-file';
  const size = el('small', '', 'import-size');
  const check = Object.assign(el('button', 'Dry run'), { type: 'submit', id: 'import-check' });
  const note = Object.assign(el('textarea'), { rows: 2, placeholder: 'Note for the reviewer (what the file holds, where it comes from)', id: 'import-note' });
  const importNow = Object.assign(el('button', 'Import'), { type: 'button', id: 'import-now', disabled: true });
  importNow.hidden = !canCurate();
  const propose = Object.assign(el('button', 'Propose for review'), { type: 'button', id: 'import-propose', disabled: true });
  const status = el('p', undefined, 'form-status');
  status.id = 'import-status';
  status.setAttribute('role', 'status');
  const result = el('div', undefined, 'import-result');
  result.id = 'import-result';
  let request: ImportRequest | null = null;
  const ready = (valid: boolean) => {
    importNow.disabled = !valid;
    propose.disabled = !valid;
  };
  const fail = (error: unknown) => {
    status.textContent = `Refused: ${refusalText(error, request)}`;
    status.className = 'form-status problem';
    // An import or proposal refused row by row (content:<line>.<field>) lists its problems like the dry run does.
    if (error instanceof Refusal && error.problems.length) result.replaceChildren(problemTable(error.problems.map(asImportProblem)));
  };
  const said = (text: string, ok = true) => {
    status.textContent = text;
    status.className = `form-status ${ok ? 'ok' : 'problem'}`;
  };

  file.addEventListener('change', async () => {
    ready(false);
    result.replaceChildren();
    request = null;
    const picked = file.files?.[0];
    if (!picked) return;
    try {
      request = importRequest(picked.name, await picked.text());
      size.textContent = `${picked.name}: ${picked.size.toLocaleString('en')} bytes, read as ${request.format.toUpperCase()}`;
      said('Run the dry run to see what it would do.');
    } catch (error) {
      said(error instanceof Error ? error.message : String(error), false);
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    ready(false);
    if (!request) return said('Pick a .csv or .json file first.', false);
    said('Checking every row…');
    try {
      const answer = await checkImport(request);
      showCheck(result, answer);
      if (answer.valid && !plansAWrite(answer)) said('The graph already holds every row exactly: nothing to import or propose.', false);
      else if (answer.valid) said(canCurate() ? 'Valid: import it, or propose it for review.' : 'Valid: propose it for review.');
      else said('Refused by the dry run: see the problems by line and field.', false);
      ready(answer.valid && plansAWrite(answer));
    } catch (error) {
      fail(error);
    }
  });
  importNow.addEventListener('click', async () => {
    if (!request) return;
    ready(false);
    said('Importing…');
    try {
      const done = await importContent(request);
      const n = done.nodes;
      const r = done.relationships;
      said(
        `Imported in one transaction: nodes ${n.created} created, ${n.updated} changed, ${n.unchanged} unchanged; relationships ${r.created} created, ${r.updated} changed, ${r.unchanged} unchanged. Audit: import ${done.importId}.`,
      );
    } catch (error) {
      fail(error);
    }
  });
  propose.addEventListener('click', async () => {
    if (!request) return;
    ready(false);
    said('Proposing…');
    try {
      const proposal = await proposeImport(request, note.value);
      said(`Proposed for review as one proposal (${proposal.id}).`);
      const open = Object.assign(el('a', 'Open it in the review queue'), { href: `#queue=${proposal.id}`, id: 'import-open-proposal' });
      open.addEventListener('click', (e) => {
        e.preventDefault();
        void openProposal(proposal.id);
      });
      status.append(' ', open);
    } catch (error) {
      fail(error);
    }
  });
  const label = el('label', 'File (.csv or .json, as npm run import reads; e.g. a filled-in docs/templates file) ', 'field');
  label.append(file);
  form.append(label, size, check, note, importNow, propose, status, result);
  return form;
}

/** Fills the page for the signed-in role; called each time the tab is shown. */
export function renderImportPage(): void {
  const container = $('import-view');
  container.dataset.role = currentRole() ?? '';
  if (!currentRole() || currentRole() === 'READER') {
    container.replaceChildren(el('p', 'Sign in with a contributor or curator key to import a file.', 'hint'));
    return;
  }
  container.replaceChildren(el('h2', 'Bulk import'), importForm());
}
