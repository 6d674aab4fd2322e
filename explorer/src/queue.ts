/**
 * The review queue: contributors' proposals with filters (status, operation, proposer), each with
 * its diff and citations; curators accept it (written through the validated, audited path) or
 * reject it with a reason. Refusals (stale, not open, no reason) are shown on the proposal.
 */
import { $ } from './dom.js';
import { el } from './form-render.js';
import { canCurate } from './workspace.js';
import { decide, proposals, type Proposal } from './write-api.js';

let show: (() => void) | undefined;

function diffTable(p: Proposal): HTMLTableElement {
  const table = el('table', undefined, 'diff');
  const head = el('tr');
  head.append(el('th', 'field'), el('th', 'before'), el('th', 'after'));
  table.append(
    head,
    ...p.diff.map((d) => {
      const row = el('tr');
      row.append(el('td', d.field), el('td', d.before ?? '—', 'before'), el('td', d.after ?? '—', 'after'));
      return row;
    }),
  );
  return table;
}

function proposalItem(p: Proposal, reload: () => Promise<void>): HTMLLIElement {
  const li = el('li', undefined, 'proposal');
  li.id = `proposal-${p.id}`;
  li.dataset.proposalId = p.id;
  li.dataset.status = p.status;
  const target = p.fromId ? `${p.targetKind ?? ''} ${p.fromId} → ${p.toId}` : `${p.targetKind ?? ''} ${p.targetId ?? ''}`;
  li.append(
    el('strong', `${p.operation.toLowerCase().replace(/_/g, ' ')} ${target}`),
    el('div', `${p.status} · proposed by ${p.proposedBy.name} at ${p.proposedAt}`, 'who'),
  );
  if (p.note) li.append(el('p', `Note: ${p.note}`));
  li.append(diffTable(p));
  const cites = el('ul', undefined, 'change-sources');
  cites.append(...p.sources.map((s) => el('li', `${s.sourceTitle ?? s.sourceId}, ${s.locator}${s.quote ? ` — “${s.quote}”` : ''}`)));
  li.append(cites);
  if (p.decidedBy) li.append(el('div', `decided by ${p.decidedBy.name}${p.reason ? `: ${p.reason}` : ''}`));
  if (p.status === 'OPEN' && canCurate()) {
    const problem = el('div', undefined, 'problem');
    const reason = Object.assign(el('input'), { type: 'text', placeholder: 'Reason (required to reject)' });
    reason.className = 'reject-reason';
    const act = (accept: boolean) => async () => {
      problem.textContent = accept ? 'Accepting…' : 'Rejecting…';
      try {
        await decide(p.id, accept, reason.value.trim());
        await reload();
      } catch (error) {
        problem.textContent = `Refused: ${error instanceof Error ? error.message : String(error)}`;
      }
    };
    const accept = Object.assign(el('button', 'Accept'), { type: 'button', className: 'accept' });
    const reject = Object.assign(el('button', 'Reject'), { type: 'button', className: 'reject' });
    accept.addEventListener('click', act(true));
    reject.addEventListener('click', act(false));
    li.append(accept, reason, reject, problem);
  }
  return li;
}

async function load(): Promise<void> {
  const value = (id: string) => ($(id) as HTMLInputElement).value.trim() || null;
  const list = $('queue-list');
  list.replaceChildren(el('li', 'Loading…'));
  if (!value('q-status')) return loadAll().catch((error) => list.replaceChildren(el('li', String(error), 'problem')));
  try {
    const page = await proposals({ status: value('q-status')!, operation: value('q-operation'), proposedBy: value('q-proposer') });
    $('queue-count').textContent = `${page.totalCount} proposal${page.totalCount === 1 ? '' : 's'}`;
    list.replaceChildren(...page.nodes.map((p) => proposalItem(p, load)));
  } catch (error) {
    list.replaceChildren(el('li', `The queue could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'problem'));
  }
}

/** Wires the queue page; `showQueue` switches the stage to it. */
export function setupQueue(showQueue: () => void): void {
  show = showQueue;
  $('queue-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  $('show-queue').addEventListener('click', () => {
    showQueue();
    void load();
  });
}

/** Opens the queue on one proposal (a history entry's link): shows it whatever its status. */
export async function openProposal(id: string): Promise<void> {
  show?.();
  ($('q-status') as HTMLSelectElement).value = '';
  await loadAll();
  $(`proposal-${id}`).scrollIntoView();
  $(`proposal-${id}`).classList.add('focused');
}

/** Every status (the select's empty value): the three lists, one after the other. */
async function loadAll(): Promise<void> {
  const list = $('queue-list');
  const items: HTMLLIElement[] = [];
  for (const status of ['OPEN', 'ACCEPTED', 'REJECTED']) {
    const page = await proposals({ status, operation: null, proposedBy: null });
    items.push(...page.nodes.map((p) => proposalItem(p, load)));
  }
  list.replaceChildren(...items);
}
