/**
 * A Source's passages follow its `text` through curated writes: created with text, its passages
 * are cut (src/seed/passages.ts, the seed's locator scheme) in the write's transaction, so the
 * next citation of it is checked against them; a changed text is cut again; a deleted Source
 * (a reverted create) leaves none behind. A write that leaves `text` as it was touches nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { defaultSeedDir } from '../seed/load-seed.js';
import { passagesOfGivenText } from '../seed/passages.js';
import { BATCH_SIZE } from '../seed/write-graph.js';

export async function syncSourcePassages(
  db: Database,
  tx: ManagedTransaction,
  id: string,
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Promise<void> {
  if (!id.startsWith('source:')) return;
  const was = typeof before?.text === 'string' ? before.text : null;
  const now = typeof after?.text === 'string' ? after.text : null;
  if (was === now) return;
  await db.run(tx, 'curation/delete-source-passages', { sourceId: id });
  if (now === null) return;
  const rows = passagesOfGivenText(defaultSeedDir, id, now);
  for (let i = 0; i < rows.length; i += BATCH_SIZE) await db.run(tx, 'seed/upsert-passages', { rows: rows.slice(i, i + BATCH_SIZE) });
}
