/**
 * Validates seed entries against the model (src/model/model.ts) and turns them into the
 * property maps stored in Neo4j. Nothing here touches the database: every problem is found
 * before anything is written, each with its file, entry and reason.
 */
import { KINDS, MAX_ID_LENGTH, RELATIONSHIPS, kindOf, type FieldSpec } from './model.js';

export interface RawEntry {
  file: string;
  index: number;
  data: Record<string, unknown>;
}

export interface Problem {
  file: string;
  entry: string;
  /** The field the problem concerns, when it is about one field */
  field?: string;
  reason: string;
  /** The passage a refused quote was checked against (src/curation/quote-check.ts), for showing next to it. */
  passage?: string;
}

/** A node that is not among the entries being validated but already exists (in the database). */
export interface KnownNode {
  kind: string;
  props: Record<string, unknown>;
}

export type KnownNodes = (id: string) => KnownNode | undefined;

export type PropValue = string | number | boolean | string[];

export interface NodeRecord {
  id: string;
  kind: string;
  label: string;
  props: Record<string, PropValue>;
}

export interface RelationshipRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, PropValue>;
}

/**
 * Longest text value. Indexed properties (name, region, iso2, ...) must fit Neo4j's index key
 * limit (about 8 KB; 1,000 characters is at most 4 KB in UTF-8); prose fields get more room.
 */
const MAX_TEXT_LENGTH = 1_000;
const MAX_PROSE_LENGTH = 10_000;
// A Source's `text` may be the text itself (a page excerpt a curator cites), not only a file name.
const PROSE_FIELDS = new Set(['description', 'note', 'text']);

/** An edge key tells apart the same fact from different sources (e.g. untc-2022); it is part of the edge id. */
const EDGE_KEY = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;

function tooLong(name: string, text: string): string | undefined {
  const max = PROSE_FIELDS.has(name) ? MAX_PROSE_LENGTH : MAX_TEXT_LENGTH;
  return text.length > max ? `"${name}" is ${text.length} characters long; at most ${max}` : undefined;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists. */
export function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return date.getUTCDate() === Number(d);
  }
  return true;
}

function label(entry: RawEntry): string {
  const id = entry.data.id;
  return typeof id === 'string' ? id : `#${entry.index + 1}`;
}

function checkField(name: string, spec: FieldSpec, value: unknown, props: Record<string, PropValue>): string | undefined {
  if (value === undefined || value === null) return spec.required ? `missing required field "${name}"` : undefined;
  switch (spec.type) {
    case 'string':
    case 'id':
      if (typeof value !== 'string' || value.trim() === '') return `"${name}" must be a non-empty string`;
      if (spec.values && !spec.values.includes(value)) return `"${name}" is "${value}", expected one of ${spec.values.join(', ')}`;
      if (tooLong(name, value)) return tooLong(name, value);
      props[name] = value;
      return undefined;
    case 'boolean':
      if (typeof value !== 'boolean') return `"${name}" must be true or false`;
      props[name] = value;
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `"${name}" must be a number`;
      props[name] = value;
      return undefined;
    case 'date': {
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text !== 'string' || !isValidDate(text)) return `"${name}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${String(value)}"`;
      props[name] = text;
      // A year alongside every date, for range filters; precision stays in the string.
      props[`${name}Year`] = Number(text.slice(0, 4));
      return undefined;
    }
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) return `"${name}" must be a list of non-empty strings`;
      for (const v of value as string[]) if (tooLong(name, v)) return tooLong(name, v);
      if (value.length > 0) props[name] = value as string[];
      return undefined;
  }
}

function checkCitations(value: unknown, sourceIds: { has(id: string): boolean }, props: Record<string, PropValue>): string[] {
  if (!Array.isArray(value) || value.length === 0) return ['needs at least one citation (source and locator)'];
  const problems: string[] = [];
  const sources: string[] = [];
  const locators: string[] = [];
  const quotes: string[] = [];
  value.forEach((c: unknown, i) => {
    const cite = (c ?? {}) as Record<string, unknown>;
    if (typeof cite.source !== 'string' || !sourceIds.has(cite.source)) problems.push(`citation ${i + 1}: unknown source "${String(cite.source)}"`);
    if (typeof cite.locator !== 'string' || cite.locator.trim() === '') problems.push(`citation ${i + 1}: missing locator`);
    if (cite.quote !== undefined && typeof cite.quote !== 'string') problems.push(`citation ${i + 1}: quote must be text`);
    sources.push(String(cite.source));
    locators.push(String(cite.locator));
    quotes.push(typeof cite.quote === 'string' ? cite.quote : '');
  });
  // Parallel lists, because a relationship cannot point at a Source node: citation i is
  // (citeSources[i], citeLocators[i], citeQuotes[i]) on nodes and relationships alike.
  props.citeSources = sources;
  props.citeLocators = locators;
  props.citeQuotes = quotes;
  return problems;
}

export interface ValidationResult {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  problems: Problem[];
}

/** Compares two partial ISO dates at the precision both have ("1990" vs "1990-12-18" compares years). */
export function isBeforeDate(date: string, reference: string): boolean {
  const n = Math.min(date.length, reference.length);
  return date.slice(0, n) < reference.slice(0, n);
}

const DATED_AFTER_ADOPTION = new Set(['RATIFIED', 'SIGNED']);

/**
 * Validates node and relationship entries. Ids they refer to must be among the entries or,
 * for writes to an existing graph (curation, bulk import), known to `known`.
 */
export function validateSeed(nodeEntries: RawEntry[], relationshipEntries: RawEntry[], known: KnownNodes = () => undefined): ValidationResult {
  const problems: Problem[] = [];
  const nodes: NodeRecord[] = [];
  const seen = new Map<string, string>();
  const inputSourceIds = new Set(nodeEntries.map((e) => e.data.id).filter((id): id is string => typeof id === 'string' && id.startsWith('source:')));
  const sourceIds = { has: (id: string) => inputSourceIds.has(id) || known(id)?.kind === 'source' };

  for (const entry of nodeEntries) {
    const where = { file: entry.file, entry: label(entry) };
    const id = entry.data.id;
    const kind = typeof id === 'string' ? kindOf(id) : undefined;
    if (typeof id !== 'string' || !kind) {
      problems.push({
        ...where,
        reason: `id must be "<kind>:<slug>" with kind one of ${Object.keys(KINDS).join(', ')} (slug: letters, digits, . _ + -; at most ${MAX_ID_LENGTH} characters in all)`,
      });
      continue;
    }
    const firstFile = seen.get(id);
    if (firstFile) {
      problems.push({ ...where, reason: `duplicate id, first defined in ${firstFile}` });
      continue;
    }
    seen.set(id, entry.file);
    const spec = KINDS[kind]!;
    const props: Record<string, PropValue> = {};
    const errors: { field: string; reason: string }[] = [];
    for (const [name, field] of Object.entries(spec.fields)) {
      const error = checkField(name, field, entry.data[name], props);
      if (error) errors.push({ field: name, reason: error });
    }
    for (const key of Object.keys(entry.data)) {
      if (key !== 'citations' && !(key in spec.fields)) errors.push({ field: key, reason: `unknown field "${key}" for ${spec.label}` });
    }
    let citations = entry.data.citations;
    if (kind === 'source') {
      props.name = String(entry.data.title ?? id);
      // A source document vouches for its own existence.
      citations ??= [{ source: id, locator: 'document' }];
    }
    for (const reason of checkCitations(citations, sourceIds, props)) errors.push({ field: 'citations', reason });
    if (Array.isArray(props.aliases)) props.aliasText = props.aliases.join(' | ');
    for (const error of errors) problems.push({ ...where, ...error });
    if (errors.length === 0) nodes.push({ id, kind, label: spec.label, props });
  }

  const inputById = new Map(nodes.map((n) => [n.id, n]));
  const nodeAt = (id: string): KnownNode | undefined => inputById.get(id) ?? known(id);
  for (const node of nodes) {
    if (node.kind === 'status' && !nodeAt(String(node.props.about))) {
      problems.push({ file: seen.get(node.id)!, entry: node.id, field: 'about', reason: `"about" refers to unknown id "${String(node.props.about)}"` });
    }
  }

  const relationships: RelationshipRecord[] = [];
  const edgeIds = new Map<string, string>();
  for (const entry of relationshipEntries) {
    const d = entry.data;
    const where = { file: entry.file, entry: `#${entry.index + 1} ${String(d.type)} ${String(d.from)} -> ${String(d.to)}` };
    const type = String(d.type);
    const spec = RELATIONSHIPS[type];
    if (!spec) {
      problems.push({ ...where, reason: `unknown relationship type "${type}"` });
      continue;
    }
    const errors: { field: string; reason: string }[] = [];
    const from = String(d.from);
    const to = String(d.to);
    const fromNode = nodeAt(from);
    const toNode = nodeAt(to);
    if (!fromNode) errors.push({ field: 'from', reason: `"from" refers to unknown id "${from}"` });
    else if (!spec.from.includes(fromNode.kind)) errors.push({ field: 'from', reason: `${type} cannot start at a ${KINDS[fromNode.kind]!.label} (${from})` });
    if (!toNode) errors.push({ field: 'to', reason: `"to" refers to unknown id "${to}"` });
    else if (!spec.to.includes(toNode.kind)) errors.push({ field: 'to', reason: `${type} cannot end at a ${KINDS[toNode.kind]!.label} (${to})` });
    if (from === to) errors.push({ field: 'to', reason: 'a relationship cannot join a node to itself' });
    const props: Record<string, PropValue> = {};
    for (const [name, field] of Object.entries(spec.fields)) {
      const error = checkField(name, field, d[name], props);
      if (error) errors.push({ field: name, reason: error });
    }
    for (const key of Object.keys(d)) {
      if (!['type', 'from', 'to', 'key', 'citations'].includes(key) && !(key in spec.fields))
        errors.push({ field: key, reason: `unknown field "${key}" for ${type}` });
    }
    if (d.key !== undefined && d.key !== null && (typeof d.key !== 'string' || !EDGE_KEY.test(d.key))) {
      errors.push({ field: 'key', reason: '"key" must be 1-100 letters, digits, . _ + - (e.g. untc-2022)' });
    }
    for (const reason of checkCitations(d.citations, sourceIds, props)) errors.push({ field: 'citations', reason });
    // No State acts on an instrument before it exists.
    const adopted = toNode?.props.adopted;
    if (DATED_AFTER_ADOPTION.has(type) && typeof props.date === 'string' && typeof adopted === 'string' && isBeforeDate(props.date, adopted)) {
      errors.push({ field: 'date', reason: `"date" ${props.date} is before ${to} was adopted (${adopted})` });
    }
    // Edge identity: type, ends, and the distinguishing property (a role, or an explicit key),
    // so ILO as GMG member and ILO as GMG chair stay two facts.
    const discriminator = typeof d.key === 'string' ? d.key : typeof d.role === 'string' ? d.role : '';
    const id = `${from}-[${type}${discriminator ? `:${discriminator}` : ''}]->${to}`;
    const first = edgeIds.get(id);
    if (first) errors.push({ field: 'type', reason: `duplicate relationship ${id}, first defined in ${first}` });
    for (const error of errors) problems.push({ ...where, ...error });
    if (errors.length === 0) {
      edgeIds.set(id, entry.file);
      props.id = id;
      relationships.push({ id, type, from, to, props });
    }
  }
  return { nodes, relationships, problems };
}
