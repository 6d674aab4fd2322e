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

/** Compare text as a reader sees it: no markdown emphasis or link syntax, whitespace folded (as the documents' quote check). */
export function normaliseQuoteText(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Reads and parses seed/treaty-texts/<file>. */
export function readTreatyText(seedDir: string, file: string): Map<string, ArticleText> {
  return parseTreatyText(fs.readFileSync(path.join(seedDir, 'treaty-texts', file), 'utf8'));
}
