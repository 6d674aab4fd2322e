/**
 * Stored nodes and relationships → the entries an import reads (the inverse of the validator's
 * mapping): model fields in model order, citations rebuilt from the parallel cite* lists, and
 * what the validator derives (`<date>Year`, `aliasText`, a Source's `name`) left out, so that
 * importing an export stores exactly the same properties again.
 */
import { KINDS, RELATIONSHIPS, kindOf } from '../seed/model.js';

export type Entry = Record<string, unknown>;

export interface StoredNode {
  id: string;
  props: Record<string, unknown>;
}

export interface StoredRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** What an export could not carry, so the command can say so instead of dropping it silently. */
export interface Skipped {
  /** "<Label or TYPE>.<property>" → how many times */
  properties: Map<string, number>;
  /** rows not exportable at all, with the reason */
  rows: string[];
}

const CITE = ['citeSources', 'citeLocators', 'citeQuotes'];

function citations(props: Record<string, unknown>): Entry[] {
  const sources = (props.citeSources as string[] | undefined) ?? [];
  const locators = (props.citeLocators as string[] | undefined) ?? [];
  const quotes = (props.citeQuotes as string[] | undefined) ?? [];
  return sources.map((source, i) => {
    const c: Entry = { source, locator: locators[i] ?? '' };
    if (quotes[i]) c.quote = quotes[i];
    return c;
  });
}

function copyFields(fields: Record<string, { type: string }>, props: Record<string, unknown>, entry: Entry, owner: string, skipped: Skipped, derived: Set<string>): void {
  for (const name of Object.keys(fields)) if (props[name] !== undefined && props[name] !== null) entry[name] = props[name];
  for (const name of Object.keys(fields)) if (fields[name]!.type === 'date') derived.add(`${name}Year`);
  for (const key of Object.keys(props)) {
    if (!(key in fields) && !derived.has(key) && !CITE.includes(key)) {
      const k = `${owner}.${key}`;
      skipped.properties.set(k, (skipped.properties.get(k) ?? 0) + 1);
    }
  }
}

export function nodeEntry(node: StoredNode, skipped: Skipped): Entry | undefined {
  const kind = kindOf(node.id);
  if (!kind) {
    skipped.rows.push(`node ${node.id}: id of no known kind`);
    return undefined;
  }
  const spec = KINDS[kind]!;
  const entry: Entry = {};
  copyFields(spec.fields, node.props, entry, spec.label, skipped, new Set(['aliasText', ...(kind === 'source' ? ['name'] : [])]));
  entry.citations = citations(node.props);
  return entry;
}

/** The `key` that reproduces the stored edge id, or undefined when the role (or nothing) already does. */
function keyOf(r: StoredRelationship): { key?: string; ok: boolean } {
  const id = String(r.props.id ?? '');
  const head = `${r.from}-[${r.type}`;
  const tail = `]->${r.to}`;
  if (!id.startsWith(head) || !id.endsWith(tail) || id.length < head.length + tail.length) return { ok: false };
  const middle = id.slice(head.length, id.length - tail.length);
  if (middle !== '' && !middle.startsWith(':')) return { ok: false };
  const discriminator = middle.slice(1);
  const role = typeof r.props.role === 'string' ? r.props.role : '';
  if (discriminator === role) return { ok: true };
  if (discriminator === '') return { ok: false }; // a role the id does not carry cannot be re-imported as the same edge
  return { key: discriminator, ok: true };
}

export function relationshipEntry(r: StoredRelationship, skipped: Skipped): Entry | undefined {
  const spec = RELATIONSHIPS[r.type];
  if (!spec) {
    skipped.rows.push(`relationship ${String(r.props.id)}: type ${r.type} is not in the model`);
    return undefined;
  }
  const { key, ok } = keyOf(r);
  if (!ok) {
    skipped.rows.push(`relationship ${String(r.props.id)}: its id is not <from>-[${r.type}(:key)]-><to>`);
    return undefined;
  }
  const entry: Entry = { type: r.type, from: r.from, to: r.to };
  if (key !== undefined) entry.key = key;
  copyFields(spec.fields, r.props, entry, r.type, skipped, new Set(['id']));
  entry.citations = citations(r.props);
  return entry;
}
