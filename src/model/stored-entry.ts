/**
 * Stored nodes and relationships back into the entry form the shared validator reads (the
 * seed's YAML shape, the inverse of validate.ts's mapping): model fields in model order,
 * citations rebuilt from the parallel cite* lists, and what the validator derives
 * (`<date>Year`, `aliasText`, a Source's `name`, the edge `id`) left out. One mapping for two
 * uses: curation validates an update (or a revert) as the whole node or edge it would leave
 * behind, and export writes these entries, so importing an export stores the same properties.
 */
import { KINDS, RELATIONSHIPS, kindOf, type FieldSpec } from './model.js';

export type Entry = Record<string, unknown>;

export interface RawCitation {
  source: string;
  locator: string;
  quote?: string;
}

export function storedCitations(props: Record<string, unknown>): RawCitation[] {
  const sources = (props.citeSources as string[] | undefined) ?? [];
  const locators = (props.citeLocators as string[] | undefined) ?? [];
  const quotes = (props.citeQuotes as string[] | undefined) ?? [];
  return sources.map((source, i) => ({ source, locator: locators[i] ?? '', ...(quotes[i] ? { quote: quotes[i] } : {}) }));
}

function modelFields(fields: Record<string, FieldSpec>, props: Record<string, unknown>): Entry {
  const out: Entry = {};
  for (const name of Object.keys(fields)) if (props[name] !== undefined && props[name] !== null) out[name] = props[name];
  return out;
}

export function storedNodeToEntry(kind: string, props: Record<string, unknown>): Entry {
  return { ...modelFields(KINDS[kind]!.fields, props), citations: storedCitations(props) };
}

/** Parts of an edge id `<from>-[<TYPE>(:<role or key>)]-><to>` (docs/model.md). */
export interface EdgeIdParts {
  from: string;
  type: string;
  discriminator: string | undefined;
  to: string;
}

const EDGE_ID = /^([a-z]+:[^[\]\s]+)-\[([A-Z_]+)(?::([^\]]+))?\]->([a-z]+:[^[\]\s]+)$/;

export function parseEdgeId(id: string): EdgeIdParts | undefined {
  const m = EDGE_ID.exec(id);
  if (!m || !RELATIONSHIPS[m[2]!]) return undefined;
  return { from: m[1]!, type: m[2]!, discriminator: m[3], to: m[4]! };
}

export function storedEdgeToEntry(parts: EdgeIdParts, props: Record<string, unknown>): Entry {
  const data: Entry = { type: parts.type, from: parts.from, to: parts.to, ...modelFields(RELATIONSHIPS[parts.type]!.fields, props) };
  // The discriminator is the role when it equals it; otherwise it was an explicit key.
  if (parts.discriminator !== undefined && parts.discriminator !== props.role) data.key = parts.discriminator;
  data.citations = storedCitations(props);
  return data;
}

// Export: the same mapping for whole rows read from the graph, naming what it cannot carry.

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

/** Counts the stored properties that are neither model fields, derived, nor citations. */
function noteUnknown(fields: Record<string, FieldSpec>, props: Record<string, unknown>, owner: string, skipped: Skipped, derived: Set<string>): void {
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
  noteUnknown(spec.fields, node.props, spec.label, skipped, new Set(['aliasText', ...(kind === 'source' ? ['name'] : [])]));
  return storedNodeToEntry(kind, node.props);
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
  noteUnknown(spec.fields, r.props, r.type, skipped, new Set(['id']));
  // Key right after the ends: the order export files carry.
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    ...(key !== undefined ? { key } : {}),
    ...modelFields(spec.fields, r.props),
    citations: storedCitations(r.props),
  };
}
