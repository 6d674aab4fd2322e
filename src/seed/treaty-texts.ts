/**
 * The instruments' own texts (seed/treaty-texts/*.txt), article by article, so a citation can
 * name "art. 28(1)" and its quote be checked against exactly that passage. Format of the files:
 * "Article N" alone on a line opens an article, one paragraph a line, "N. " opens paragraph N
 * (the lettered lines after it belong to it); PART / CHAPTER / ANNEX headings close an article.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ArticleText {
  /** The whole article, lines joined by newlines. */
  text: string;
  /** Numbered paragraphs ("1", "2", ...) with their lettered sub-items. */
  paragraphs: Map<string, string>;
}

const ARTICLE_HEADING = /^Article ([0-9]+|[IVXL]+)$/;
const SECTION_HEADING = /^(PART|Part|CHAPTER|Chapter|ANNEX|Annex|SECTION|Section)\b/;
const PREAMBLE = 'preamble';
const NUMBERED_PARAGRAPH = /^([0-9]+)\.\s/;

/** The articles of one text, by number as printed ("28", "IX"), and its "preamble". */
export function parseTreatyText(content: string): Map<string, ArticleText> {
  const articles = new Map<string, { lines: string[]; paragraphs: Map<string, string[]> }>();
  // Everything before the first article (title and preamble) is addressable as "preamble".
  let current: { lines: string[]; paragraphs: Map<string, string[]> } | undefined = { lines: [], paragraphs: new Map() };
  articles.set(PREAMBLE, current);
  let paragraph: string[] | undefined;
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = ARTICLE_HEADING.exec(line);
    if (heading) {
      current = { lines: [], paragraphs: new Map() };
      paragraph = undefined;
      // A repeated number (e.g. a Recommendation appended to a Convention) keeps the first: the instrument's own.
      if (!articles.has(heading[1]!)) articles.set(heading[1]!, current);
      continue;
    }
    if (SECTION_HEADING.test(line)) {
      current = undefined;
      paragraph = undefined;
      continue;
    }
    if (!current || line === '') continue;
    current.lines.push(line);
    const numbered = NUMBERED_PARAGRAPH.exec(line);
    if (numbered) {
      paragraph = [];
      if (!current.paragraphs.has(numbered[1]!)) current.paragraphs.set(numbered[1]!, paragraph);
    }
    paragraph?.push(line);
  }
  return new Map(
    [...articles].map(([n, a]) => [n, { text: a.lines.join('\n'), paragraphs: new Map([...a.paragraphs].map(([p, ls]) => [p, ls.join('\n')])) }]),
  );
}

export interface ArticleLocator {
  article: string;
  paragraph?: string;
}

/**
 * "art. 28" → {article: "28"}; "art. 28(1)" and "art. 28(1)(a)" → {article: "28", paragraph: "1"}
 * (a lettered item is checked against its paragraph); "preamble" → the text before the first article. Undefined when the locator is not an article.
 */
export function parseArticleLocator(locator: string): ArticleLocator | undefined {
  if (locator.trim() === PREAMBLE) return { article: PREAMBLE };
  const m = /^art\. ([0-9]+|[IVXL]+)(?:\(([0-9]+)\))?(?:\([a-z]+\))?$/.exec(locator.trim());
  if (!m) return undefined;
  return m[2] ? { article: m[1]!, paragraph: m[2] } : { article: m[1]! };
}

/** The passage a locator names in a parsed text, or undefined when the text has no such article or paragraph. */
export function passageAt(articles: Map<string, ArticleText>, locator: string): string | undefined {
  const at = parseArticleLocator(locator);
  const article = at && articles.get(at.article);
  if (!article) return undefined;
  return at.paragraph ? article.paragraphs.get(at.paragraph) : article.text;
}

/** Text as a reader compares it, and for each of its UTF-16 units the index in the raw text it came from. */
export interface NormalisedText {
  text: string;
  /** rawIndex[i]: where normalised unit i starts in the raw text; rawIndex[text.length]: the raw length. */
  rawIndex: number[];
}

const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;

/**
 * Compare text as a reader sees it: no markdown link syntax (the link text stays) or emphasis
 * (`*`, `_`), whitespace folded to one space, trimmed, lower case. Keeps where each character
 * came from, so a match in the normalised text can be highlighted in the raw passage.
 */
export function normaliseWithOffsets(raw: string): NormalisedText {
  // 1. Link syntax: keep the characters of the link text (with their raw positions), drop the rest.
  const kept: { ch: string; at: number }[] = [];
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; ) {
      const ch = String.fromCodePoint(raw.codePointAt(i)!);
      kept.push({ ch, at: i });
      i += ch.length;
    }
  };
  let last = 0;
  for (const m of raw.matchAll(MARKDOWN_LINK)) {
    keep(last, m.index);
    keep(m.index + 1, m.index + 1 + m[1]!.length);
    last = m.index + m[0].length;
  }
  keep(last, raw.length);
  // 2.-4. Emphasis out, whitespace runs folded to one space, no leading or trailing space.
  const folded: { ch: string; at: number }[] = [];
  for (const c of kept) {
    if (c.ch === '*' || c.ch === '_') continue;
    if (/\s/.test(c.ch)) {
      if (folded.length > 0 && folded[folded.length - 1]!.ch !== ' ') folded.push({ ch: ' ', at: c.at });
      continue;
    }
    folded.push(c);
  }
  if (folded[folded.length - 1]?.ch === ' ') folded.pop();
  // 5. Lower case, character by character (one may become two units: each maps to its source).
  let text = '';
  const rawIndex: number[] = [];
  for (const c of folded) {
    const lower = c.ch.toLowerCase();
    text += lower;
    for (let k = 0; k < lower.length; k++) rawIndex.push(c.at);
  }
  rawIndex.push(raw.length);
  return { text, rawIndex };
}

/** Compare text as a reader sees it (see normaliseWithOffsets; the documents' and texts' quote check). */
export function normaliseQuoteText(text: string): string {
  return normaliseWithOffsets(text).text;
}

/** Reads and parses seed/treaty-texts/<file>. */
export function readTreatyText(seedDir: string, file: string): Map<string, ArticleText> {
  return parseTreatyText(fs.readFileSync(path.join(seedDir, 'treaty-texts', file), 'utf8'));
}
