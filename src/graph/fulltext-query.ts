/**
 * Turns what a user typed into a Lucene query for the entity_names full-text index. Only
 * letters and digits survive, so no user text can change the query's syntax: every word
 * must match, as typed, as a prefix ("migr" finds "migrant"), one letter off for words of four
 * or more letters ("Mexiko" finds Mexico), or, for an ILO designation, by its number ("C143"
 * finds "... (No. 143)", also written "C.143" or "C 143"); exact matches and the whole phrase rank
 * higher. Accents are folded ("Mexico" = "México"), as the index folds them (migration 008), and
 * a designation ("C143", "Convention No. 143") puts the instrument with that iloNumber first.
 */
/**
 * Longest word searched for. No indexed name has a word near this long, and Lucene refuses a
 * prefix query over about 1,000 characters ("input automaton is too large").
 */
export const MAX_SEARCH_WORD_LENGTH = 100;

/** Lower-case, accents removed (NFD, then combining marks dropped), like the index's standard-folding analyzer. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Letters and digits, keeping an apostrophe inside a word as the index's tokenizer does
 * ("d'ivoire" is one token); an apostrophe has no meaning in Lucene's query syntax.
 */
function wordsOf(text: string): string[] {
  return (
    folded(text)
      .replace(/\u2019/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** "C.143" and "C 143" arrive as two words; an ILO designation is one ("c143"). */
function joinIloDesignations(words: string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined[joined.length - 1];
    if (previous && /^[cpr]$/.test(previous) && /^\d{1,3}$/.test(word)) joined[joined.length - 1] = previous + word;
    else joined.push(word);
  }
  return joined;
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

const ILO_FORM_LETTER: Record<string, string> = { convention: 'c', recommendation: 'r', protocol: 'p' };

/**
 * The ILO designation the words name, if any: "c143" itself, or "Convention (No.) 143",
 * "Recommendation 86", "Protocol No 29", written as stored (C143, C029). Matched against the indexed iloNumber, it puts the
 * instrument above documents that merely mention it.
 */
function iloDesignationOf(words: string[]): string | undefined {
  for (const [i, word] of words.entries()) {
    const ilo = ILO_DESIGNATION.exec(word);
    if (ilo) return word[0]! + ilo[1]!.padStart(3, '0');
    const letter = ILO_FORM_LETTER[word];
    if (!letter) continue;
    const next = words[i + 1] === 'no' || words[i + 1] === 'nos' ? words[i + 2] : words[i + 1];
    if (next && /^\d{1,3}$/.test(next)) return letter + String(Number(next)).padStart(3, '0');
  }
  return undefined;
}

export function toFulltextQuery(text: string): string | undefined {
  const words = joinIloDesignations(wordsOf(text)).slice(0, 16);
  if (words.length === 0) return undefined;
  const all = words.map(alternativesOf).join(' AND ');
  const clauses = [words.length > 1 ? `(${all}) OR "${words.join(' ')}"^3` : all];
  const designation = iloDesignationOf(words);
  if (designation) clauses.push(`iloNumber:${designation}^20`);
  return clauses.join(' OR ');
}
