/**
 * Which citations point at a passage. For an instrument text the locator decides: a citation of
 * "art. 33(1)" or "art. 33(1)(a)" points at paragraph art. 33(1), and a citation of the whole
 * "art. 33" at each of its paragraphs. A document's passages are lines, which its citations do
 * not name (they say "para 30", "footnote 14"): there a citation points at the line holding its quote.
 */
import { normaliseQuoteText } from '../seed/treaty-texts.js';

export interface PassageRef {
  sourceId: string;
  locator: string;
  /** The article of a text passage ("art. 33"); null for a document line. */
  article: string | null;
  text: string;
}

/** A fact's parallel citation lists, as stored (a fact without citations has none). */
export interface CitingRow {
  sources: string[] | null;
  locators: string[] | null;
  quotes: string[] | null;
}

export interface MatchedCitation {
  index: number;
  locator: string;
  quote: string | null;
}

function pointsAt(passage: PassageRef, locator: string, quote: string, normalisedText: () => string): boolean {
  if (passage.article === null) return quote !== '' && normalisedText().includes(normaliseQuoteText(quote));
  return locator === passage.locator || locator === passage.article || locator.startsWith(`${passage.locator}(`);
}

/** The citations of one fact that point at the passage. */
export function citationsPointingAt(passage: PassageRef, row: CitingRow): MatchedCitation[] {
  let normalised: string | undefined;
  const normalisedText = () => (normalised ??= normaliseQuoteText(passage.text));
  const out: MatchedCitation[] = [];
  (row.sources ?? []).forEach((sourceId, index) => {
    const locator = row.locators?.[index] ?? '';
    const quote = row.quotes?.[index] ?? '';
    if (sourceId === passage.sourceId && pointsAt(passage, locator, quote, normalisedText)) out.push({ index, locator, quote: quote || null });
  });
  return out;
}
