/**
 * "Download a table": links to the CSV tables under /data/ (docs/api.md, Tables) — the treaty
 * status of every State, its notes, and the answer of the question in the form. Plain links, so
 * a spreadsheet user can copy them; when the page holds an API key (READS_REQUIRE_KEY), a click
 * fetches with it instead, since a link cannot send the Authorization header.
 */
import { currentKey } from './api-key.js';

export interface TableQuestion {
  right: string;
  category: string;
  state: string;
}

function link(text: string, href: string, title: string): HTMLLIElement {
  const a = Object.assign(document.createElement('a'), { href, textContent: text, title, download: '' });
  a.addEventListener('click', (event) => {
    const key = currentKey();
    if (!key) return;
    event.preventDefault();
    void downloadWithKey(href, key);
  });
  const item = document.createElement('li');
  item.append(a);
  return item;
}

async function downloadWithKey(href: string, key: string): Promise<void> {
  const response = await fetch(href, { headers: { authorization: `Bearer ${key}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    window.alert(body.error ?? `The table could not be downloaded (HTTP ${response.status})`);
    return;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'table.csv';
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fills the list and keeps the question's links in step with the form. */
export function setupTablesMenu(list: HTMLElement, form: HTMLFormElement, question: () => TableQuestion): void {
  const render = () => {
    const { right, category, state } = question();
    const items = [
      link('Treaty status, every State (CSV)', '/data/treaty-status.csv', 'One row per State: status, action, date and source per instrument'),
      link('… its notes: as-of dates, sources', '/data/treaty-status-notes.csv', 'One row per instrument: the data sets and dates the statuses rest on'),
    ];
    if (right && category) {
      const answer = new URLSearchParams({ right, category, ...(state ? { state } : {}) });
      items.push(link('This question’s answer, with citations', `/data/monitoring-bodies.csv?${answer}`, 'monitoringBodies flattened: one row per citation'));
    }
    if (state && category) {
      items.push(
        link('The State’s protection profile', `/data/protection-profile.csv?${new URLSearchParams({ state, category })}`, 'protectionProfile flattened'),
      );
    }
    list.replaceChildren(...items);
  };
  form.addEventListener('change', render);
  // The selects are filled (and prefilled) after the page loads, which fires no change event.
  new MutationObserver(render).observe(form, { childList: true, subtree: true });
  render();
}
