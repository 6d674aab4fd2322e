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

/**
 * Where an edge view keeps the ends read with it (src/graph/prefetched.ts): symbols, which no
 * GraphQL field can name and JSON leaves out.
 */
export const FROM_END = Symbol('fromEnd');
export const TO_END = Symbol('toEnd');

export interface EdgeView {
  id: string;
  /** Relationship type: RATIFIED, MONITORS, ... */
  type: string;
  fromId: string;
  toId: string;
  props: Props;
  [FROM_END]: NodeView | undefined;
  [TO_END]: NodeView | undefined;
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

/** The enumeration fields of each kind and relationship type, found once rather than per row. */
function enumFieldsOf(fields: Record<string, FieldSpec> | undefined): string[] {
  return Object.entries(fields ?? {})
    .filter(([, spec]) => spec.values)
    .map(([name]) => name);
}
const enumFieldsByLabel = new Map(Object.values(KINDS).map((spec) => [spec.label, enumFieldsOf(spec.fields)]));
const enumFieldsByType = new Map(Object.entries(RELATIONSHIPS).map(([type, spec]) => [type, enumFieldsOf(spec.fields)]));

/**
 * Copies the props only when one of them is an enumeration value to rename; `own` props (made
 * for this one view) are renamed in place.
 */
function withEnumNames(props: Props, enumFields: readonly string[] | undefined, own = false): Props {
  let out: Props | undefined = own ? props : undefined;
  for (const name of enumFields ?? []) {
    const value = props[name];
    if (typeof value === 'string') (out ??= { ...props })[name] = toEnumName(value);
  }
  return out ?? props;
}

/** `ownProps`: props made for this view alone (a planned read's, src/graph/prefetched.ts), renamed in place rather than copied. */
export function toNodeView(label: string, props: Props, ownProps = false): NodeView {
  const converted = withEnumNames(props, enumFieldsByLabel.get(label), ownProps);
  return { id: String(props.id), label, name: String(props.name ?? props.title ?? props.id), props: converted };
}

/** `props` without an id: an edge a planned read returned without it, as the selection does not read it (src/graph/prefetched.ts). */
export function toEdgeView(type: string, fromId: string, toId: string, props: Props, ownProps = false): EdgeView {
  const converted = withEnumNames(props, enumFieldsByType.get(type), ownProps);
  // Both end slots always present (undefined until attached), so every edge view has one shape.
  return { id: props.id === undefined ? '' : String(props.id), type, fromId, toId, props: converted, [FROM_END]: undefined, [TO_END]: undefined };
}

export function citationsOf(props: Props): CitationView[] {
  const sources = (props.citeSources as string[] | undefined) ?? [];
  const locators = (props.citeLocators as string[] | undefined) ?? [];
  const quotes = (props.citeQuotes as string[] | undefined) ?? [];
  return sources.map((sourceId, i) => ({ sourceId, locator: locators[i] ?? '', quote: quotes[i] || null }));
}
