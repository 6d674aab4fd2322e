/**
 * The curation forms on the page: generated controls (form-model.ts), a citation block with a
 * source search and a quote check, and the refusal problems placed next to the inputs they name
 * (every input carries its input path in data-path; problems naming no input go at the top).
 */
import { setupSearch } from './search.js';
import { displayValue, problemPath, setPath, valueOf, type Control } from './form-model.js';
import { allSources, checkQuote, Refusal, type Problem } from './write-api.js';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function input(control: Control, initial: unknown): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const value = displayValue(control, initial);
  if (control.kind === 'select') {
    const select = el('select');
    select.append(new Option('—', ''), ...control.options.map((o) => new Option(o, o)));
    select.value = String(value);
    return select;
  }
  if (control.kind === 'list') return Object.assign(el('textarea'), { rows: 2, value: String(value) });
  if (control.kind === 'checkbox') return Object.assign(el('input'), { type: 'checkbox', checked: value === true });
  return Object.assign(el('input'), { type: control.kind === 'number' ? 'number' : 'text', value: String(value) });
}

/** A labelled row whose `data-field` names the input path refusals point at (showRefusal puts their notes there). */
export function fieldRow(label: string, path: string, ...children: HTMLElement[]): HTMLLabelElement {
  const row = el('label', undefined, 'field');
  row.dataset.field = path;
  row.append(el('span', label), ...children);
  return row;
}

/** One labelled control a field; `initial` holds stored values by field name (edit forms). */
export function renderControls(container: HTMLElement, controls: Control[], initial: Record<string, unknown> = {}): void {
  container.replaceChildren(
    ...controls.map((control) => {
      const box = input(control, initial[control.label]);
      box.dataset.path = control.path;
      box.name = control.path;
      box.title = control.hint;
      return fieldRow(`${control.label}${control.required ? ' *' : ''}`, control.path, box);
    }),
  );
}

/** The input built from the controls' values; with `changedOnly`, only values that differ from `initial`. */
export function readControls(container: HTMLElement, controls: Control[], initial?: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const control of controls) {
    const box = container.querySelector<HTMLInputElement>(`[data-path="${control.path}"]`);
    if (!box) continue;
    const raw = box.type === 'checkbox' ? box.checked : box.value;
    if (initial && raw === displayValue(control, initial[control.label])) continue;
    const value = valueOf(control, raw);
    // In an edit, emptying a field removes it (null); in a new entry, empty means not given.
    if (value !== undefined) setPath(out, control.path, value);
    else if (initial) setPath(out, control.path, null);
  }
  return out;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Sources whose title or id holds every typed word (the API's search indexes names, and Sources have titles). */
async function findSources(text: string) {
  const words = fold(text).split(/\s+/).filter(Boolean);
  const sources = await allSources();
  return sources
    .filter((s) => words.every((w) => fold(`${s.title} ${s.id}`).includes(w)))
    .slice(0, 8)
    .map((s) => ({ id: s.id, kind: 'SOURCE', name: s.title, acronym: null }));
}

/** A citation block: source (search over Sources), locator, quote, and a check of the quote against the cited passage. */
export function citationBlock(index: number): HTMLElement {
  const block = el('fieldset', undefined, 'citation');
  block.append(el('legend', `Citation ${index + 1}`));
  // One input: type words to search the Sources (or paste an id); picking a hit puts its id in.
  const source = Object.assign(el('input'), { type: 'search', placeholder: 'Search sources by title, or source:… id', autocomplete: 'off' });
  source.dataset.path = `citations[${index}].source`;
  const suggestions = el('ul', undefined, 'suggestions');
  suggestions.hidden = true;
  setupSearch(source, suggestions, (id) => (source.value = id), findSources);
  const locator = Object.assign(el('input'), { type: 'text', placeholder: 'para 70, art. 28(1), line 12…' });
  locator.dataset.path = `citations[${index}].locator`;
  const quote = Object.assign(el('textarea'), { rows: 2, placeholder: 'The words of the source, verbatim' });
  quote.dataset.path = `citations[${index}].quote`;
  const check = Object.assign(el('button', 'Check quote'), { type: 'button' });
  const result = el('div', undefined, 'quote-check');
  result.dataset.field = `citations[${index}].passage`;
  check.addEventListener('click', async () => {
    result.replaceChildren(el('small', 'Checking…'));
    try {
      const c = await checkQuote(source.value.trim(), locator.value.trim(), quote.value);
      showPassage(result, c.passage, c.found ? [c.matchStart ?? 0, c.matchEnd ?? 0] : null, c.found ? 'Found in the passage' : (c.problem ?? 'Not found'));
    } catch (error) {
      result.replaceChildren(el('small', error instanceof Error ? error.message : String(error), 'problem'));
    }
  });
  const sourceRow = fieldRow('source *', `citations[${index}].source`, source);
  sourceRow.append(suggestions);
  block.append(sourceRow, fieldRow('locator *', `citations[${index}].locator`, locator), fieldRow('quote', `citations[${index}].quote`, quote), check, result);
  return block;
}

/** The passage, with the matched words marked (null range: nothing matched). */
export function showPassage(container: HTMLElement, passage: string | null | undefined, range: [number, number] | null, verdict: string): void {
  const quote = el('blockquote', undefined, 'passage');
  if (passage && range) quote.append(passage.slice(0, range[0]), el('mark', passage.slice(range[0], range[1])), passage.slice(range[1]));
  else quote.textContent = passage ?? '(no passage: the source holds no text for this locator)';
  container.replaceChildren(el('small', verdict, range ? 'ok' : 'problem'), quote);
}

export function readCitations(form: HTMLElement): Record<string, unknown>[] {
  return [...form.querySelectorAll<HTMLElement>('fieldset.citation')].map((block, i) => {
    const get = (name: string) => block.querySelector<HTMLInputElement>(`[data-path="citations[${i}].${name}"]`)!.value.trim();
    return { source: get('source'), locator: get('locator'), quote: get('quote') || null };
  });
}

/** Clears the form's earlier problems, then shows each next to the input its field names. */
export function showRefusal(form: HTMLElement, error: unknown): void {
  form.querySelectorAll('.problem-note').forEach((n) => n.remove());
  const top = form.querySelector<HTMLElement>('.form-problems')!;
  top.replaceChildren();
  const refusal = error instanceof Refusal ? error : new Refusal(error instanceof Error ? error.message : String(error), 'ERROR', []);
  const problems: Problem[] = refusal.problems.length ? refusal.problems : [{ field: '', reason: refusal.message }];
  if (refusal.code === 'UNAUTHENTICATED' || refusal.code === 'FORBIDDEN') top.append(el('li', `${refusal.code}: ${refusal.message}`, 'problem'));
  for (const problem of refusal.code === 'UNAUTHENTICATED' || refusal.code === 'FORBIDDEN' ? [] : problems) {
    const path = problemPath(problem.field, problem.reason);
    const row = path ? form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`) : null;
    const note = el('div', `${problem.field ? `${problem.field}: ` : ''}${problem.reason}`, 'problem-note problem');
    note.dataset.problemFor = path;
    if (problem.passage) showPassage(note.appendChild(el('div')), problem.passage, null, 'The cited passage:');
    if (row) row.append(note);
    else top.append(note);
  }
}

export { setPath };
