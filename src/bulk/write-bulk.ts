/**
 * Writes validated records in UNWIND batches inside the caller's transaction. Nodes go through
 * the seed's upsert (MERGE on the unique id). Edges are first looked up while the transaction
 * has written no edge yet, then changed ones are updated and missing ones created: MERGE on an
 * edge re-matches against every edge the transaction has already created and, planned on a
 * graph without relationships, turns a 100k-row import quadratic. The ends are locked before
 * the lookup, so a concurrent write of the same edge cannot make a twin. Unchanged edges are
 * not written at all. A batch that does not account for every row (an end deleted since
 * validation) throws, which rolls the whole import back.
 *
 * Every created or changed node and edge gets an audit Change in the curation's format (same
 * operations, before/after states), written per batch in the same transaction, so revertChange
 * works on them and a rolled-back import leaves no record. Unchanged rows record nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { recordChanges, type NewChange, type NodeState, type RelationshipState } from '../audit/audit.js';
import { storedCitations } from '../model/stored-entry.js';
import { syncSourcePassages } from '../curation/source-passages.js';
import type { Database } from '../db/database.js';
import type { NodeRecord, RelationshipRecord } from '../model/validate.js';
import { BATCH_SIZE, nodeRow, relationshipRow, type WriteCounts, type WriteReport } from '../seed/write-graph.js';

/** Who the import's changes are recorded for, and the id that groups them. */
export interface ImportAudit {
  principal: Principal;
  importId: string;
  /** Set when the import is an accepted proposal (proposeImport), on every change it records */
  proposalId?: string;
}

/** The fields every change of one import carries. */
const tagsOf = (audit: ImportAudit) => ({ importId: audit.importId, ...(audit.proposalId ? { proposalId: audit.proposalId } : {}) });

async function inBatches<T>(rows: T[], size: number, work: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await work(rows.slice(i, i + size));
}

function expectAll(done: number, batch: unknown[]): void {
  if (done !== batch.length)
    throw new Error(`${batch.length - done} of ${batch.length} rows found an end missing while writing (changed since validation?); nothing was written`);
}

function nodeChange(n: NodeRecord, before: NodeState | undefined, tags: ReturnType<typeof tagsOf>): NewChange {
  return {
    operation: before ? 'UPDATE_NODE' : 'CREATE_NODE',
    targetType: 'NODE',
    targetId: n.id,
    targetKind: n.label,
    before: before ?? null,
    after: { label: n.label, props: n.props } satisfies NodeState,
    citations: storedCitations(n.props),
    ...tags,
  };
}

function relationshipChange(r: RelationshipRecord, beforeProps: Record<string, unknown> | undefined, tags: ReturnType<typeof tagsOf>): NewChange {
  const ends = { type: r.type, from: r.from, to: r.to };
  return {
    operation: beforeProps ? 'UPDATE_RELATIONSHIP' : 'ADD_RELATIONSHIP',
    targetType: 'RELATIONSHIP',
    targetId: r.id,
    targetKind: r.type,
    fromId: r.from,
    toId: r.to,
    before: beforeProps ? ({ ...ends, props: beforeProps } satisfies RelationshipState) : null,
    after: { ...ends, props: r.props } satisfies RelationshipState,
    citations: storedCitations(r.props),
    ...tags,
  };
}

async function writeNodes(db: Database, tx: ManagedTransaction, nodes: NodeRecord[], counts: WriteCounts, size: number, audit: ImportAudit): Promise<void> {
  await inBatches(nodes, size, async (batch) => {
    const rows = batch.map(nodeRow);
    const existing = new Map<string, { state: NodeState; same: boolean }>();
    for (const r of await db.run(tx, 'bulk/nodes-before', { rows })) {
      existing.set(r.id, { state: { label: r.label, props: r.props }, same: r.same === true });
    }
    let done = 0;
    for (const row of await db.run(tx, 'seed/upsert-nodes', { rows })) {
      counts[row.outcome] += row.count;
      done += row.count;
    }
    expectAll(done, batch);
    // A Source whose text the import sets or changes gets its passages cut, as createNode does.
    for (const n of batch) await syncSourcePassages(db, tx, n.id, existing.get(n.id)?.state.props, n.props);
    const changes = batch.filter((n) => !existing.get(n.id)?.same).map((n) => nodeChange(n, existing.get(n.id)?.state, tagsOf(audit)));
    await recordChanges(db, tx, audit.principal, changes);
  });
}

async function writeRelationships(
  db: Database,
  tx: ManagedTransaction,
  relationships: RelationshipRecord[],
  counts: WriteCounts,
  size: number,
  audit: ImportAudit,
): Promise<void> {
  const ends = [...new Set(relationships.flatMap((r) => [r.from, r.to]))].sort();
  await inBatches(ends, size, async (batch) => {
    await db.run(tx, 'bulk/lock-nodes', { ids: batch });
  });
  const existing = new Map<string, { props: Record<string, unknown>; same: boolean }>();
  await inBatches(relationships, size, async (batch) => {
    for (const r of await db.run(tx, 'bulk/existing-relationships', { rows: batch.map(relationshipRow) })) {
      existing.set(r.id, { props: r.props, same: r.same === true });
    }
  });
  const changed: RelationshipRecord[] = [];
  const missing: RelationshipRecord[] = [];
  for (const r of relationships) {
    const found = existing.get(r.id);
    if (!found) missing.push(r);
    else if (found.same) counts.unchanged += 1;
    else changed.push(r);
  }
  const write =
    (statement: 'bulk/update-relationships' | 'bulk/create-relationships', outcome: 'updated' | 'created') => async (batch: RelationshipRecord[]) => {
      const [r] = await db.run(tx, statement, { rows: batch.map(relationshipRow) });
      expectAll(r?.count ?? 0, batch);
      counts[outcome] += batch.length;
      await recordChanges(
        db,
        tx,
        audit.principal,
        batch.map((rel) => relationshipChange(rel, existing.get(rel.id)?.props, tagsOf(audit))),
      );
    };
  await inBatches(changed, size, write('bulk/update-relationships', 'updated'));
  await inBatches(missing, size, write('bulk/create-relationships', 'created'));
}

export async function writeRecords(
  db: Database,
  tx: ManagedTransaction,
  nodes: NodeRecord[],
  relationships: RelationshipRecord[],
  audit: ImportAudit,
  batchSize = BATCH_SIZE,
): Promise<WriteReport> {
  const report: WriteReport = { nodes: { created: 0, updated: 0, unchanged: 0 }, relationships: { created: 0, updated: 0, unchanged: 0 } };
  await writeNodes(db, tx, nodes, report.nodes, batchSize, audit);
  await writeRelationships(db, tx, relationships, report.relationships, batchSize, audit);
  return report;
}
