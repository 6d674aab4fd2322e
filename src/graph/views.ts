/**
 * The shapes resolvers pass around: a node or an edge as read from Neo4j, with stored
 * enumeration values ("optional-protocol") already turned into GraphQL enum names
 * (OPTIONAL_PROTOCOL). Built only here, so every query path returns the same view.
 */
import { KINDS, RELATIONSHIPS, type FieldSpec } from '../model/model.js';

export type Props = Record<string, unknown>;

export interface NodeView {
  id: string;
  /** Neo4j label of the kind: State, Instrument, ... */
  label: string;
  name: string;
  props: Props;
}

export interface EdgeView {
  id: string;
  /** Relationship type: RATIFIED, MONITORS, ... */
  type: string;
  fromId: string;
  toId: string;
  props: Props;
}

/** One citation of a node or edge (stored as three parallel lists). */
export interface CitationView {
  sourceId: string;
  locator: string;
  quote: string | null;
}

/** "optional-protocol" → "OPTIONAL_PROTOCOL" */
export function toEnumName(value: string): string {
  return value.toUpperCase().replace(/-/g, '_');
}

/** "OPTIONAL_PROTOCOL" → "optional-protocol" (for filter arguments). */
export function fromEnumName(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

const fieldsByLabel = new Map(Object.values(KINDS).map((spec) => [spec.label, spec.fields]));

function withEnumNames(props: Props, fields: Record<string, FieldSpec> | undefined): Props {
  if (!fields) return props;
  const out: Props = { ...props };
  for (const [name, spec] of Object.entries(fields)) {
    const value = out[name];
    if (spec.values && typeof value === 'string') out[name] = toEnumName(value);
  }
  return out;
}

export function toNodeView(label: string, props: Props): NodeView {
  const converted = withEnumNames(props, fieldsByLabel.get(label));
  return { id: String(props.id), label, name: String(props.name ?? props.title ?? props.id), props: converted };
}

export function toEdgeView(type: string, fromId: string, toId: string, props: Props): EdgeView {
  const converted = withEnumNames(props, RELATIONSHIPS[type]?.fields);
  return { id: String(props.id), type, fromId, toId, props: converted };
}

export function citationsOf(props: Props): CitationView[] {
  const sources = (props.citeSources as string[] | undefined) ?? [];
  const locators = (props.citeLocators as string[] | undefined) ?? [];
  const quotes = (props.citeQuotes as string[] | undefined) ?? [];
  return sources.map((sourceId, i) => ({ sourceId, locator: locators[i] ?? '', quote: quotes[i] || null }));
}
