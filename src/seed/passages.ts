/**
 * The passages of the cited texts, as the seed stores them for the passages search: each
 * article paragraph (or article, or preamble) of an instrument's text, and each paragraph (line)
 * of the five documents. A passage knows its source and locator; the facts citing it are found at
 * query time (src/graph/citing-facts.ts), so curation writes never leave a stale link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readTreatyText } from './treaty-texts.js';

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

function textPassages(seedDir: string, source: CitedSource & { text: string }): PassageRecord[] {
  const out: PassageRecord[] = [];
  for (const [number, article] of readTreatyText(seedDir, source.text)) {
    const articleLocator = number === 'preamble' ? 'preamble' : `art. ${number}`;
    const add = (locator: string, text: string) =>
      out.push({ id: `${source.id}#${locator}`, sourceId: source.id, locator, article: articleLocator, text, position: out.length });
    if (article.paragraphs.size === 0) {
      if (article.text.trim()) add(articleLocator, article.text);
    } else {
      for (const [p, text] of article.paragraphs) add(`${articleLocator}(${p})`, text);
    }
  }
  return out;
}

function documentPassages(seedDir: string, source: CitedSource & { file: string }): PassageRecord[] {
  const lines = fs.readFileSync(path.join(seedDir, 'documents', source.file), 'utf8').split(/\r?\n/);
  return lines.flatMap((line, i) =>
    line.trim() ? [{ id: `${source.id}#line ${i + 1}`, sourceId: source.id, locator: `line ${i + 1}`, article: null, text: line.trim(), position: i }] : [],
  );
}

/** Every passage of the sources that hold a document file or an instrument text. */
export function buildPassages(seedDir: string, sources: CitedSource[]): PassageRecord[] {
  return sources.flatMap((s) => {
    if (s.text) return textPassages(seedDir, { ...s, text: s.text });
    if (s.file) return documentPassages(seedDir, { ...s, file: s.file });
    return [];
  });
}
