/**
 * Stored properties back into the entry form the shared validator reads (the seed's YAML
 * shape): an update is validated as the whole node or edge it would leave behind, exactly
 * like a seed entry. Derived properties (`<date>Year`, `aliasText`, a Source's `name`, the
 * edge `id`) are dropped, and the three citation lists become one list of citations.
 */
import { KINDS, RELATIONSHIPS, type FieldSpec } from '../seed/model.js';

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

function modelFields(fields: Record<string, FieldSpec>, props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(fields)) if (props[name] !== undefined && props[name] !== null) out[name] = props[name];
  return out;
}

export function storedNodeToEntry(kind: string, props: Record<string, unknown>): Record<string, unknown> {
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

export function storedEdgeToEntry(parts: EdgeIdParts, props: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = { type: parts.type, from: parts.from, to: parts.to, ...modelFields(RELATIONSHIPS[parts.type]!.fields, props) };
  // The discriminator is the role when it equals it; otherwise it was an explicit key.
  if (parts.discriminator !== undefined && parts.discriminator !== props.role) data.key = parts.discriminator;
  data.citations = storedCitations(props);
  return data;
}
