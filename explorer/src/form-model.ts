/**
 * The curation forms as data, built from the API's curationModel (itself derived from the graph
 * model): which control each field gets, and how the filled-in values become the mutation's
 * input. No field is named here, so a new node kind, relationship type or property shows up in
 * the forms with no change to this code (tests/unit/explorer-form-model.test.ts shows it).
 */
// The form model's types are the server's own (one definition; a type-only import, erased by esbuild).
import type { CurationModel, FormField } from '../../src/curation/curation-model-types.js';
export type { CurationModel, FormField, NodeKindForm, RelationshipTypeForm } from '../../src/curation/curation-model-types.js';

export type ControlKind = 'select' | 'checkbox' | 'number' | 'date' | 'list' | 'text';

/** One input of a generated form; `path` is the mutation input path and the problems' field. */
export interface Control {
  path: string;
  label: string;
  kind: ControlKind;
  options: string[];
  required: boolean;
  hint: string;
}

export function controlFor(field: FormField): Control {
  const kind: ControlKind = field.enumValues
    ? 'select'
    : field.type === 'boolean'
      ? 'checkbox'
      : field.type === 'number'
        ? 'number'
        : field.type === 'date'
          ? 'date'
          : field.type === 'string[]'
            ? 'list'
            : 'text';
  const hint = [field.description, kind === 'date' ? 'YYYY, YYYY-MM or YYYY-MM-DD' : '', kind === 'list' ? 'one per line' : ''].filter(Boolean).join(' · ');
  return { path: field.inputPath, label: field.name, kind, options: field.enumValues ?? [], required: field.required, hint };
}

export const relationshipControls = (model: CurationModel, type: string): Control[] =>
  (model.relationshipTypes.find((t) => t.type === type)?.fields ?? []).map(controlFor);

export const nodeControls = (model: CurationModel, kind: string): Control[] => (model.nodeKinds.find((k) => k.kind === kind)?.fields ?? []).map(controlFor);

/** The relationship types a node of `kind` may take part in, with the side(s) it may stand on. */
export function typesForKind(model: CurationModel, kind: string): { type: string; asFrom: string[]; asTo: string[] }[] {
  return model.relationshipTypes
    .map((t) => ({
      type: t.type,
      asFrom: t.ends.filter((e) => e.from === kind).map((e) => e.to),
      asTo: t.ends.filter((e) => e.to === kind).map((e) => e.from),
    }))
    .filter((t) => t.asFrom.length > 0 || t.asTo.length > 0);
}

/** A control's typed value from the raw text or tick it holds; undefined when left empty. */
export function valueOf(control: Control, raw: string | boolean): unknown {
  if (control.kind === 'checkbox') return raw === true;
  const text = String(raw).trim();
  if (text === '') return undefined;
  if (control.kind === 'number') return Number(text);
  if (control.kind === 'list')
    return text
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  return text;
}

/** Sets `value` at a dotted input path: ("membership.role", "MEMBER") → { membership: { role: "MEMBER" } }. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
  at[parts[parts.length - 1]!] = value;
}

/** The stored property value as a control shows it (stored enums are lower-case with dashes). */
export function displayValue(control: Control, stored: unknown): string | boolean {
  if (stored === undefined || stored === null) return control.kind === 'checkbox' ? false : '';
  if (control.kind === 'checkbox') return stored === true;
  if (control.kind === 'list') return Array.isArray(stored) ? stored.join('\n') : String(stored);
  if (control.kind === 'select') return String(stored).toUpperCase().replace(/-/g, '_');
  return String(stored);
}

/**
 * The input path a problem names, as the form's controls carry it. A proposal's problems may be
 * prefixed with the write they belong to (addRelationship.membership.role); the form drops it.
 * A problem about the list ("citations": "citation 2: missing locator") goes to that input.
 */
export function problemPath(field: string, reason = ''): string {
  const path = field.replace(/^(input\.)?(createNode|updateNode|addRelationship|updateRelationship|removeRelationship)\./, '');
  const one = path === 'citations' ? /^citation (\d+): missing (source|locator)/.exec(reason) : null;
  return one ? `citations[${Number(one[1]) - 1}].${one[2]}` : path;
}
