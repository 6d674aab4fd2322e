/**
 * Turns what a user typed into a Lucene query for the entity_names full-text index. Only
 * letters and digits survive, so no user text can change the query's syntax: every word
 * must match, as typed, as a prefix ("migr" finds "migrant"), one letter off for words of four
 * or more letters ("Mexiko" finds Mexico), or, for an ILO designation, by its number ("C143"
 * finds "... (No. 143)"); exact matches and the whole phrase rank higher.
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

/** ILO Conventions, Protocols and Recommendations are cited as C143, P29, R86: their names say "(No. 143)". */
const ILO_DESIGNATION = /^[cpr]0*(\d{1,3})$/;

function alternativesOf(word: string): string {
  const alternatives = [`${word}^2`, `${word}*`];
  if (word.length >= 4 && !/^\d+$/.test(word)) alternatives.push(`${word}~1`);
  const ilo = ILO_DESIGNATION.exec(word);
  if (ilo) alternatives.push(ilo[1]!);
  return `(${alternatives.join(' OR ')})`;
}

export function toFulltextQuery(text: string): string | undefined {
  const words = wordsOf(text).slice(0, 16);
  if (words.length === 0) return undefined;
  const all = words.map(alternativesOf).join(' AND ');
  return words.length > 1 ? `(${all}) OR "${words.join(' ')}"^3` : all;
}
