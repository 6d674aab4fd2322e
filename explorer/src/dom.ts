/** Small DOM helpers: the side panel, the filter checkboxes, the legend and the form's selects. */
import type { GraphNode } from './api.js';
import { KIND_STYLE } from './style.js';

export function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing from the page`);
  return element;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

const show = (value: unknown): string =>
  Array.isArray(value) ? value.join('; ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/** Properties and citations of the clicked node or edge. */
export function renderDetails(data: GraphNode & { type?: string; source?: string; target?: string }, isNode: boolean): void {
  $('details').hidden = false;
  $('d-title').textContent = isNode ? String(data.properties.name ?? data.label) : `${data.source} —${data.type}→ ${data.target}`;
  $('d-kind').textContent = isNode ? `${data.kind} · ${data.id}` : `${data.type} · ${data.id}`;
  $('expand').hidden = !isNode;
  $('d-props').replaceChildren(
    ...Object.entries(data.properties)
      .filter(([key]) => key !== 'id')
      .map(([key, value]) => {
        const row = el('tr');
        row.append(el('th', key), el('td', show(value)));
        return row;
      }),
  );
  const citations = data.citations ?? [];
  $('d-citations').replaceChildren(
    ...(citations.length === 0 ? [el('li', 'none recorded')] : []),
    ...citations.map((c) => {
      const li = el('li');
      li.append(el('strong', c.sourceTitle ?? c.sourceId), document.createTextNode(`, ${c.locator}`));
      if (c.quote) li.append(el('q', c.quote));
      if (c.passage) {
        // The cited article in full, folded: opening the citation shows it.
        const details = el('details', undefined, 'passage');
        details.append(el('summary', `Passage: ${c.locator}`), el('blockquote', c.passage));
        li.append(details);
      }
      return li;
    }),
  );
}

/** One checkbox per value; unticking hides that kind or type. */
export function renderFilters(container: HTMLElement, values: string[], hidden: Set<string>, changed: () => void): void {
  container.replaceChildren(
    ...values.map((value) => {
      const label = el('label');
      const box = Object.assign(el('input'), { type: 'checkbox', checked: !hidden.has(value), value });
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(value);
        else hidden.add(value);
        changed();
      });
      label.append(box, document.createTextNode(` ${value}`));
      return label;
    }),
  );
}

export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    ...Object.entries(KIND_STYLE).map(([kind, s]) => {
      const item = el('span');
      const swatch = el('i');
      swatch.style.background = s.color;
      item.append(swatch, document.createTextNode(`${kind} (${s.shape})`));
      return item;
    }),
  );
}

export function fillSelect(select: HTMLSelectElement, options: { id: string; name: string }[], chosen: string, keepFirst = false): void {
  const kept = keepFirst ? [...select.options].slice(0, 1) : [];
  select.replaceChildren(...kept, ...options.map((o) => new Option(o.name, o.id)));
  select.value = chosen;
}
