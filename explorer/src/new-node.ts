/** A new node's id and citations as the create form sends them; no DOM (tests/unit/explorer-import-request.test.ts). */

/** The id with its kind's prefix: a typed "state:MEX" stays, a typed slug gets the prefix. */
export function nodeId(prefix: string, typed: string): string {
  const text = typed.trim();
  if (text === '' || text.startsWith(`${prefix}:`)) return text;
  return `${prefix}:${text}`;
}

type Citation = Record<string, unknown>;
const blank = (c: Citation) => !c.source && !c.locator && !c.quote;

/**
 * The citations as typed (kept in place, so a refusal's citations[i] is still the i-th block).
 * When every block is blank: none, except that a new Source cites itself with locator
 * "document", as the seed's sources do (docs/curation.md); for other kinds the API's refusal
 * names the missing citation.
 */
export function withSelfCitation(id: string, citations: Citation[]): Citation[] {
  if (!citations.every(blank)) return citations;
  return id.startsWith('source:') ? [{ source: id, locator: 'document', quote: null }] : [];
}
