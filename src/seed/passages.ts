/**
 * The passages of the cited texts, as the seed stores them for the passages search: each
 * article paragraph (or article, or preamble) of an instrument's text, and each paragraph (line)
 * of the five documents. A passage knows its source and locator; the facts citing it are found at
 * query time (src/graph/citing-facts.ts), so curation writes never leave a stale link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseTreatyText, readTreatyText, type ArticleText } from './treaty-texts.js';

export interface PassageRecord {
  id: string;
  sourceId: string;
  /** "art. 33(1)", "art. 3", "preamble" for a text; "line 57" for a document. */
  locator: string;
  /** The article a paragraph belongs to ("art. 33"), so a citation of the whole article finds it; null for documents. */
  article: string | null;
  text: string;
  /** Order within its source, so an article's paragraphs come back in order. */
  position: number;
}

export interface CitedSource {
  id: string;
  file?: string;
  text?: string;
}

function articlePassages(sourceId: string, articles: Map<string, ArticleText>): PassageRecord[] {
  const out: PassageRecord[] = [];
  for (const [number, article] of articles) {
    const articleLocator = number === 'preamble' ? 'preamble' : `art. ${number}`;
    const add = (locator: string, text: string) =>
      out.push({ id: `${sourceId}#${locator}`, sourceId, locator, article: articleLocator, text, position: out.length });
    if (article.paragraphs.size === 0) {
      if (article.text.trim()) add(articleLocator, article.text);
    } else {
      for (const [p, text] of article.paragraphs) add(`${articleLocator}(${p})`, text);
    }
  }
  return out;
}

function linePassages(sourceId: string, content: string): PassageRecord[] {
  const lines = content.split(/\r?\n/);
  return lines.flatMap((line, i) =>
    line.trim() ? [{ id: `${sourceId}#line ${i + 1}`, sourceId, locator: `line ${i + 1}`, article: null, text: line.trim(), position: i }] : [],
  );
}

const textPassages = (seedDir: string, source: CitedSource & { text: string }) => articlePassages(source.id, readTreatyText(seedDir, source.text));
const documentPassages = (seedDir: string, source: CitedSource & { file: string }) =>
  linePassages(source.id, fs.readFileSync(path.join(seedDir, 'documents', source.file), 'utf8'));

const TREATY_TEXT_FILE = /^[A-Za-z0-9._-]+\.txt$/;
const HAS_ARTICLES = /^Article ([0-9]+|[IVXL]+)$/m;

/**
 * The passages of a Source's `text` as a curator gives it (createNode, updateNode): the name of
 * a file in seed/treaty-texts/, as the seed's sources give it, or the text itself, cut by
 * article ("art. 3(1)") when it has "Article N" heading lines and line by line ("line 12") like
 * the documents otherwise.
 */
export function passagesOfGivenText(seedDir: string, sourceId: string, text: string): PassageRecord[] {
  if (TREATY_TEXT_FILE.test(text) && fs.existsSync(path.join(seedDir, 'treaty-texts', text))) return textPassages(seedDir, { id: sourceId, text });
  return HAS_ARTICLES.test(text) ? articlePassages(sourceId, parseTreatyText(text)) : linePassages(sourceId, text);
}

/** Every passage of the sources that hold a document file or an instrument text. */
export function buildPassages(seedDir: string, sources: CitedSource[]): PassageRecord[] {
  return sources.flatMap((s) => {
    if (s.text) return textPassages(seedDir, { ...s, text: s.text });
    if (s.file) return documentPassages(seedDir, { ...s, file: s.file });
    return [];
  });
}
