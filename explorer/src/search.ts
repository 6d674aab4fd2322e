/** The search box: suggestions from the API's full-text `search` as one types; Enter or a click picks one. */
import { searchNodes } from './api.js';

export type Hit = { id: string; kind: string; name: string; acronym: string | null };

/** `find` gives the suggestions for the typed text: by default the API's search over every kind. */
export function setupSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  pick: (id: string) => void,
  find: (text: string) => Promise<Hit[]> = (text) => searchNodes(text),
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  let active = -1;

  const items = () => [...list.querySelectorAll('li')];
  const mark = (index: number) => {
    active = index;
    items().forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
  };
  const choose = (li: HTMLLIElement | undefined) => {
    if (!li?.dataset.id) return;
    list.hidden = true;
    input.value = li.dataset.name ?? '';
    pick(li.dataset.id);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!/[\p{L}\p{N}]/u.test(text)) {
      list.hidden = true;
      return;
    }
    // Debounced; an older answer arriving late never replaces a newer one.
    timer = setTimeout(async () => {
      const mine = ++asked;
      const hits = await find(text).catch(() => []);
      if (mine !== asked) return;
      list.replaceChildren(
        ...hits.map((n) => {
          const li = document.createElement('li');
          li.setAttribute('role', 'option');
          li.dataset.id = n.id;
          li.dataset.name = n.name;
          li.append(document.createTextNode(n.acronym ? `${n.name} (${n.acronym})` : n.name));
          const kind = document.createElement('small');
          kind.textContent = n.kind.toLowerCase().replace(/_/g, ' ');
          li.append(kind);
          li.addEventListener('mousedown', (event) => {
            event.preventDefault();
            choose(li);
          });
          return li;
        }),
      );
      list.hidden = hits.length === 0;
      mark(-1);
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    const all = items();
    if (event.key === 'ArrowDown') mark(Math.min(active + 1, all.length - 1));
    else if (event.key === 'ArrowUp') mark(Math.max(active - 1, 0));
    else if (event.key === 'Enter') choose(all[Math.max(active, 0)]);
    else if (event.key === 'Escape') list.hidden = true;
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 100));
}
