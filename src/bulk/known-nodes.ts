/**
 * The validator checks references against the input and a KnownNodes lookup; for an import
 * into a populated graph that lookup is the database (src/seed/known-nodes.ts). Only the ids
 * the input refers to and does not define are fetched.
 */
import type { RawEntry } from '../model/validate.js';

/** Ids the entries refer to (edge ends, citation sources, a figure's subject) but do not define. */
export function referencedIds(nodes: RawEntry[], relationships: RawEntry[]): string[] {
  const defined = new Set(nodes.map((n) => n.data.id));
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && !defined.has(v)) ids.add(v);
  };
  for (const { data } of [...nodes, ...relationships]) {
    add(data.from);
    add(data.to);
    add(data.about);
    if (Array.isArray(data.citations)) for (const c of data.citations) add((c as Record<string, unknown> | null)?.source);
  }
  return [...ids];
}
