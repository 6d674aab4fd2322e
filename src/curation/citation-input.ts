/** Citations given with a write, in the seed's form ({source, locator, quote?}). */
import type { RawCitation } from '../model/stored-entry.js';

export interface CitationInput {
  source: string;
  locator: string;
  quote?: string | null;
}

export function toRawCitations(input: readonly CitationInput[]): RawCitation[] {
  return input.map((c) => ({ source: c.source, locator: c.locator, ...(c.quote ? { quote: c.quote } : {}) }));
}

/** Existing citations plus new ones, each (source, locator, quote) once, in first-seen order. */
export function mergeCitations(existing: readonly RawCitation[], added: readonly RawCitation[]): RawCitation[] {
  const seen = new Set<string>();
  const out: RawCitation[] = [];
  for (const c of [...existing, ...added]) {
    const key = JSON.stringify([c.source, c.locator, c.quote ?? '']);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
