/**
 * Per-request DataLoader of the full passage a citation points at in an instrument's text
 * (one UNWIND query per batch). Key: `${sourceId}\n${locator}`. A lettered item ("art. 28(1)(a)")
 * finds its paragraph; a whole article ("art. 28"), its paragraphs joined in order. Null for a
 * locator that names no article (document citations) or a source without a held text.
 */
import DataLoader from 'dataloader';
import type { QueryReader } from '../db/database.js';
import { parseArticleLocator } from '../seed/treaty-texts.js';

export type CitedPassageLoader = DataLoader<string, string | null>;

export const citedPassageKey = (sourceId: string, locator: string) => `${sourceId}\n${locator}`;

function lookupOf(key: string) {
  const [sourceId = '', locator = ''] = key.split('\n');
  const at = parseArticleLocator(locator);
  if (!at) return undefined;
  const article = at.article === 'preamble' ? 'preamble' : `art. ${at.article}`;
  return { key, sourceId, locator: at.paragraph ? `${article}(${at.paragraph})` : article, wholeArticle: !at.paragraph };
}

export function createCitedPassageLoader(db: QueryReader): CitedPassageLoader {
  return new DataLoader(async (keys) => {
    const lookups = keys.map(lookupOf).filter((k) => k !== undefined);
    const rows = lookups.length > 0 ? await db.read('nodes/cited-passages', { keys: lookups }) : [];
    const byKey = new Map<string, string[]>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.text]);
    return keys.map((key) => byKey.get(key)?.join('\n') ?? null);
  });
}
