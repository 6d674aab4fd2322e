/**
 * The audit history of the selected node (its own changes and its edges') or edge: who, when,
 * what it did, before and after, the citations, the proposal it came from, and Revert for curators.
 * A refused revert (changed again since: stale) is shown on that change.
 */
import { el } from './form-render.js';
import { canCurate, type Selection } from './workspace.js';
import { history, revert, type Change } from './write-api.js';
import { openProposal } from './queue.js';

function json(label: string, text: string | null): HTMLElement {
  const details = el('details');
  details.append(el('summary', label), el('pre', text ? JSON.stringify(JSON.parse(text), null, 1) : 'null'));
  return details;
}

function changeItem(change: Change, reload: () => Promise<void>): HTMLLIElement {
  const li = el('li', undefined, 'change');
  li.dataset.changeId = change.id;
  li.dataset.operation = change.operation;
  li.dataset.targetId = change.targetId;
  const what = change.fromId ? `${change.targetKind} ${change.fromId} → ${change.toId}` : `${change.targetKind} ${change.targetId}`;
  li.append(el('strong', change.operation.toLowerCase().replace(/_/g, ' ')), document.createTextNode(` ${what}`));
  li.append(el('div', `${change.at} · ${change.curator.name} (${change.curator.role.toLowerCase()})`, 'who'));
  li.append(json('before', change.before), json('after', change.after));
  const cites = el('ul', undefined, 'change-sources');
  cites.append(...change.sources.map((s) => el('li', `${s.sourceTitle ?? s.sourceId}, ${s.locator}${s.quote ? ` — “${s.quote}”` : ''}`)));
  li.append(cites);
  if (change.proposalId) {
    const link = Object.assign(el('a', `from proposal ${change.proposalId}`), { href: `#queue=${change.proposalId}` });
    link.className = 'proposal-link';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void openProposal(change.proposalId!);
    });
    li.append(link);
  }
  if (change.revertedBy.length) li.append(el('div', `reverted by ${change.revertedBy.join(', ')}`, 'reverted'));
  if (canCurate() && change.revertedBy.length === 0 && change.operation !== 'REVERT_CHANGE') {
    const button = Object.assign(el('button', 'Revert'), { type: 'button' });
    button.className = 'revert';
    const problem = el('div', undefined, 'problem');
    problem.dataset.field = 'revert';
    button.addEventListener('click', async () => {
      problem.textContent = 'Reverting…';
      try {
        await revert(change.id);
        await reload();
      } catch (error) {
        problem.textContent = `Revert refused: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
    li.append(button, problem);
  }
  return li;
}

export async function renderHistory(container: HTMLElement, selection: Selection, isNode: boolean, refresh: () => Promise<void>): Promise<void> {
  const reload = async () => {
    await refresh();
    await renderHistory(container, selection, isNode, refresh);
  };
  container.replaceChildren(el('h3', 'History'), el('p', 'Loading…', 'loading'));
  try {
    const changes = await history(isNode ? { nodeId: selection.id } : { relationshipId: selection.id, fromId: selection.source! });
    const list = el('ol', undefined, 'changes');
    list.append(...changes.map((c) => changeItem(c, reload)));
    container.replaceChildren(el('h3', 'History'), changes.length ? list : el('p', 'No recorded changes (seeded data)'));
  } catch (error) {
    container.replaceChildren(el('h3', 'History'), el('p', `History unavailable: ${error instanceof Error ? error.message : String(error)}`, 'problem'));
  }
}
