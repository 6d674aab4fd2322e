/**
 * Turns what a user typed into a Lucene query for the entity_names full-text index. Only
 * letters and digits survive, so no user text can change the query's syntax: every word
 * must match, as typed or as a prefix ("migr" finds "migrant"), and the whole phrase ranks higher.
 */
export function toFulltextQuery(text: string): string | undefined {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
  if (words.length === 0) return undefined;
  const all = words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
  return words.length > 1 ? `(${all}) OR "${words.join(' ')}"^3` : all;
}
