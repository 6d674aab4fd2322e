/**
 * The quote check of every write path (curation mutations, proposals through validate-write.ts,
 * bulk import): each citation of a source whose text the graph holds (its :Passage nodes) must
 * name a passage with its locator, and its quote must be in that passage (cited-passage.ts).
 * The passages are read in the write's own transaction, one query for all cited sources.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { Problem, RawEntry } from '../model/validate.js';
import { defaultSeedDir } from '../seed/load-seed.js';
import { passagesOfGivenText } from '../seed/passages.js';
import { checkQuoteIn, quoteChecker, type QuoteVerdict, type StoredPassage } from './cited-passage.js';

interface CitationLike {
  source: string;
  locator: string;
  quote?: string | null;
}

function citationsOf(data: Record<string, unknown>): CitationLike[] {
  const list = data.citations;
  if (!Array.isArray(list)) return [];
  // Malformed citations are the validator's to report; only well-formed ones are checked here.
  return list.map((c: unknown) => {
    const r = (c ?? {}) as Record<string, unknown>;
    return typeof r.source === 'string' && typeof r.locator === 'string'
      ? { source: r.source, locator: r.locator, quote: typeof r.quote === 'string' ? r.quote : null }
      : { source: '', locator: '' };
  });
}

/** The stored passages of each source, in order; a source holding no text is absent. */
export async function passagesOf(db: Database, tx: ManagedTransaction, sourceIds: string[]): Promise<Map<string, StoredPassage[]>> {
  const out = new Map<string, StoredPassage[]>();
  if (sourceIds.length === 0) return out;
  for (const row of await db.run(tx, 'curation/source-passages', { sourceIds: [...new Set(sourceIds)] })) {
    const list = out.get(row.sourceId) ?? [];
    list.push({ locator: row.locator, article: row.article, text: row.text });
    out.set(row.sourceId, list);
  }
  return out;
}

/** What the validator says about one citation (the checkQuote query). */
export async function checkCitation(db: Database, tx: ManagedTransaction, source: string, locator: string, quote: string | null): Promise<QuoteVerdict> {
  const passages = (await passagesOf(db, tx, [source])).get(source) ?? [];
  return checkQuoteIn(passages, locator, quote);
}

function entryLabel(entry: RawEntry): string {
  const d = entry.data;
  return typeof d.id === 'string' ? d.id : `#${entry.index + 1} ${String(d.type)} ${String(d.from)} -> ${String(d.to)}`;
}

/**
 * Problems with the quotes of the entries' citations, in the validator's form: field
 * `citations[i].quote` (with the passage) or `citations[i].locator` (missing passage).
 */
export async function quoteProblems(db: Database, tx: ManagedTransaction, entries: readonly RawEntry[]): Promise<Problem[]> {
  const cited = entries.map((e) => ({ entry: e, citations: citationsOf(e.data) }));
  const sources = cited.flatMap((c) => c.citations.map((x) => x.source)).filter((s) => s !== '');
  const passages = await passagesOf(db, tx, sources);
  // A Source the same input writes with text is checked against that text (a bulk import
  // registering a page and citing it in one go), as the write will cut it.
  for (const e of entries) {
    const id = e.data.id;
    if (typeof id === 'string' && id.startsWith('source:') && typeof e.data.text === 'string')
      passages.set(id, passagesOfGivenText(defaultSeedDir, id, e.data.text));
  }
  const checkers = new Map([...passages].map(([source, held]) => [source, quoteChecker(held)]));
  const problems: Problem[] = [];
  for (const { entry, citations } of cited) {
    citations.forEach((c, i) => {
      const check = checkers.get(c.source);
      if (!check) return;
      const verdict = check(c.locator, c.quote);
      if (!verdict.problem || !verdict.field) return;
      problems.push({
        file: entry.file,
        entry: entryLabel(entry),
        field: `citations[${i}].${verdict.field}`,
        reason: verdict.problem,
        ...(verdict.passage !== null ? { passage: verdict.passage } : {}),
      });
    });
  }
  return problems;
}
