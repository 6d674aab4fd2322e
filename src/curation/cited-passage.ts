/**
 * The passage a citation's locator names in a source's stored passages (the :Passage nodes the
 * seed cuts from the instrument texts and the five documents, src/seed/passages.ts), and whether
 * a quote appears in it verbatim with the seed quote test's normalisation. Pure: the database
 * lookup is in quote-check.ts, so the validator, the checkQuote query and the tests share it.
 *
 * - Instrument text (passages keyed "art. 28(1)", "art. 3", "preamble"): the seed's locator
 *   scheme (parseArticleLocator): "art. 28(1)(a)" names paragraph art. 28(1), "art. 28" the
 *   whole article, "preamble" the text before Article 1. Any other locator names no passage.
 * - Document (passages keyed "line N"): "line N" names that line; "para N" the numbered
 *   paragraph N (with its continuation lines) in a document whose paragraphs are numbered.
 *   Other locators ("footnote 9", "Box 1", section headings, "p. 3") are not cut out of the
 *   documents' text, so the quote is looked for in the whole document, as the seed quote test does.
 * - "document" names the whole text of either kind.
 */
import { normaliseQuoteText, normaliseWithOffsets, parseArticleLocator, type NormalisedText } from '../seed/treaty-texts.js';

export interface StoredPassage {
  locator: string;
  /** The article of an instrument-text passage; null for a document line. */
  article: string | null;
  text: string;
}

export type PassageLookup =
  /** `lines`: the passages it is made of, so a whole-document match can show only the lines it touches. */
  { kind: 'passage'; text: string; wholeDocument: boolean; lines: string[] } | { kind: 'missing'; reason: string };

const joined = (ps: StoredPassage[]) => ps.map((p) => p.text).join('\n');
const whole = (ps: StoredPassage[], wholeDocument: boolean): PassageLookup => ({
  kind: 'passage',
  text: joined(ps),
  wholeDocument,
  lines: ps.map((p) => p.text),
});
const exactly = (ps: StoredPassage[]): PassageLookup => ({ kind: 'passage', text: joined(ps), wholeDocument: false, lines: ps.map((p) => p.text) });

function inInstrumentText(passages: StoredPassage[], locator: string): PassageLookup {
  const at = parseArticleLocator(locator);
  if (!at) return { kind: 'missing', reason: `"${locator}" is not an article locator of this text ("art. 28", "art. 28(1)", "art. 28(1)(a)" or "preamble")` };
  const article = at.article === 'preamble' ? 'preamble' : `art. ${at.article}`;
  const named = at.paragraph ? passages.filter((p) => p.locator === `${article}(${at.paragraph})`) : passages.filter((p) => p.article === article);
  if (named.length === 0) return { kind: 'missing', reason: `the text has no ${at.paragraph ? `${article}(${at.paragraph})` : article}` };
  return exactly(named);
}

const NUMBERED = /^(\d+)\.\s/;

/**
 * The numbered paragraphs of a document: "N. " opening a line, counted in order (1, 2, 3...), so
 * a numbered heading or list item ("1. Human rights") that breaks the sequence stays inside the
 * paragraph before it. Each paragraph runs to the line before the next one.
 */
function numberedParagraphs(lines: StoredPassage[]): Map<number, StoredPassage[]> {
  const out = new Map<number, StoredPassage[]>();
  let current: StoredPassage[] | undefined;
  for (const line of lines) {
    const m = NUMBERED.exec(line.text);
    if (m && Number(m[1]) === out.size + 1) {
      current = [];
      out.set(out.size + 1, current);
    }
    current?.push(line);
  }
  return out;
}

/**
 * A document needs this many numbered paragraphs in sequence before "para N" is resolved in it:
 * a numbered list is not paragraph numbering (ohchr-2013 has a list of 7; A/68/283 has 1-143).
 * In a document below it, "para N" is searched in the whole text like any other locator.
 */
const MIN_NUMBERED = 20;

function inDocument(lines: StoredPassage[], locator: string): PassageLookup {
  const line = /^line (\d+)$/.exec(locator.trim());
  if (line) {
    const named = lines.filter((p) => p.locator === `line ${line[1]}`);
    return named.length > 0 ? exactly(named) : { kind: 'missing', reason: `the document has no (non-empty) line ${line[1]}` };
  }
  const para = /^para (\d+)\b/.exec(locator.trim());
  if (para) {
    const paragraphs = numberedParagraphs(lines);
    if (paragraphs.size >= MIN_NUMBERED) {
      const named = paragraphs.get(Number(para[1]));
      return named ? exactly(named) : { kind: 'missing', reason: `the document's numbered paragraphs are 1-${paragraphs.size}; it has no para ${para[1]}` };
    }
  }
  return whole(lines, true);
}

/** The passage `locator` names among one source's passages (in their order); undefined when the source holds no text. */
export function passageNamed(passages: StoredPassage[], locator: string): PassageLookup | undefined {
  if (passages.length === 0) return undefined;
  const isText = passages.some((p) => p.article !== null);
  if (locator.trim() === 'document') return whole(passages, !isText);
  return isText ? inInstrumentText(passages, locator) : inDocument(passages, locator);
}

export interface QuoteVerdict {
  /** The passage shown for the citation: the named passage, or for a whole-document search the lines the match touches (null when not found there). */
  passage: string | null;
  found: boolean;
  /** Where the quote is in `passage` (UTF-16 offsets, end exclusive), for highlighting. */
  matchStart: number | null;
  matchEnd: number | null;
  /** Why the validator refuses the citation; null when it accepts it. */
  problem: string | null;
  /** The citation field the problem concerns. */
  field: 'quote' | 'locator' | null;
  /** What was searched: the passage the locator names, or the whole document (a locator not cut into passages); null without text or passage. */
  scope: 'passage' | 'document' | null;
}

function locate(passage: string, normalised: NormalisedText, quote: string): { start: number; end: number } | undefined {
  const q = normaliseQuoteText(quote);
  if (q === '') return undefined;
  const at = normalised.text.indexOf(q);
  if (at < 0) return undefined;
  // End: just after the raw character the last matched unit came from.
  const lastRaw = normalised.rawIndex[at + q.length - 1]!;
  return { start: normalised.rawIndex[at]!, end: lastRaw + String.fromCodePoint(passage.codePointAt(lastRaw)!).length };
}

/** For a whole-document match: only the lines it touches, offsets moved into them. */
function touchedLines(lines: string[], start: number, end: number): { passage: string; start: number; end: number } {
  let offset = 0;
  let first = -1;
  let firstOffset = 0;
  let last = -1;
  lines.forEach((line, i) => {
    const lineEnd = offset + line.length;
    if (first < 0 && start <= lineEnd) {
      first = i;
      firstOffset = offset;
    }
    if (last < 0 && end <= lineEnd + 1) last = i;
    offset = lineEnd + 1;
  });
  return { passage: lines.slice(first, last + 1).join('\n'), start: start - firstOffset, end: end - firstOffset };
}

const none = { passage: null, found: false, matchStart: null, matchEnd: null, scope: null };

/**
 * What the validator says about citations of one source whose passages are given: the quote
 * must be in the passage the locator names; a locator naming no passage is refused whatever the
 * quote. A source without passages (no text held) is accepted: nothing to check against.
 * The checker keeps each named passage normalised, so a bulk import citing one document a
 * thousand times normalises it once.
 */
export function quoteChecker(passages: StoredPassage[]): (locator: string, quote: string | null | undefined) => QuoteVerdict {
  type Held = { lookup: PassageLookup | undefined; normalised?: NormalisedText };
  const named = new Map<string, Held>();
  // Every locator a document does not cut names the same whole text: one entry for all of them.
  let wholeDocument: Held | undefined;
  return (locator, quote) => {
    let held = named.get(locator);
    if (!held) {
      const lookup = passageNamed(passages, locator);
      held = lookup?.kind === 'passage' && lookup.wholeDocument ? (wholeDocument ??= { lookup }) : { lookup };
      named.set(locator, held);
    }
    const lookup = held.lookup;
    if (!lookup) return { ...none, problem: null, field: null };
    if (lookup.kind === 'missing') return { ...none, problem: `missing passage: ${lookup.reason}`, field: 'locator' };
    const shown = lookup.wholeDocument ? null : lookup.text;
    const scope = lookup.wholeDocument ? 'document' : 'passage';
    if (!quote || quote.trim() === '') return { ...none, passage: shown, problem: null, field: null, scope };
    const match = locate(lookup.text, (held.normalised ??= normaliseWithOffsets(lookup.text)), quote);
    if (!match) {
      const where = lookup.wholeDocument
        ? `anywhere in the document (locator "${locator}" is not cut into a passage, so the whole text was searched)`
        : `in ${locator}`;
      return {
        ...none,
        passage: shown,
        problem: `the quote does not appear verbatim ${where} (compared ignoring case, markdown emphasis and spacing)`,
        field: 'quote',
        scope,
      };
    }
    if (!lookup.wholeDocument) return { passage: lookup.text, found: true, matchStart: match.start, matchEnd: match.end, problem: null, field: null, scope };
    const t = touchedLines(lookup.lines, match.start, match.end);
    return { passage: t.passage, found: true, matchStart: t.start, matchEnd: t.end, problem: null, field: null, scope };
  };
}

/** One citation's verdict (see quoteChecker). */
export function checkQuoteIn(passages: StoredPassage[], locator: string, quote: string | null | undefined): QuoteVerdict {
  return quoteChecker(passages)(locator, quote);
}
