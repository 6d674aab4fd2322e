/**
 * Turns what a user typed into a Lucene query for the entity_names full-text index. Only
 * letters and digits survive, so no user text can change the query's syntax: every word
 * must match, as typed or as a prefix ("migr" finds "migrant"), and the whole phrase ranks higher.
 */
/**
 * Longest word searched for. No indexed name has a word near this long, and Lucene refuses a
 * prefix query over about 1,000 characters ("input automaton is too large").
 */
export const MAX_SEARCH_WORD_LENGTH = 100;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The first word of `text` longer than MAX_SEARCH_WORD_LENGTH, for a clear refusal. */
export function overlongSearchWord(text: string): string | undefined {
  return wordsOf(text).find((w) => w.length > MAX_SEARCH_WORD_LENGTH);
}

export function toFulltextQuery(text: string): string | undefined {
  const words = wordsOf(text).slice(0, 16);
  if (words.length === 0) return undefined;
  const all = words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
  return words.length > 1 ? `(${all}) OR "${words.join(' ')}"^3` : all;
}
