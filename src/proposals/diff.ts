/**
 * The per-field diff a reviewer reads: for a node or relationship state ({label, props} or
 * {type, from, to, props}, as the audit trail stores it), each property whose value differs,
 * and the citation lists as one field "citations".
 */
import { canonicalJson } from '../audit/canonical.js';
import { storedCitations } from '../model/stored-entry.js';

export interface FieldDiff {
  field: string;
  before: string | null;
  after: string | null;
}

const CITATION_PROPS = new Set(['citeSources', 'citeLocators', 'citeQuotes']);

function fieldsOf(stateJson: string | null): Record<string, unknown> {
  if (stateJson === null) return {};
  const props = (JSON.parse(stateJson) as { props?: Record<string, unknown> }).props ?? {};
  const fields: Record<string, unknown> = Object.fromEntries(Object.entries(props).filter(([k]) => !CITATION_PROPS.has(k)));
  const citations = storedCitations(props);
  if (citations.length > 0) fields.citations = citations;
  return fields;
}

const shown = (value: unknown): string | null => (value === undefined || value === null ? null : canonicalJson(value));

/** Fields that differ between two states (canonical JSON, null when absent), sorted by name. */
export function stateDiff(before: string | null, after: string | null): FieldDiff[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .sort()
    .map((field) => ({ field, before: shown(a[field]), after: shown(b[field]) }))
    .filter((d) => d.before !== d.after);
}
