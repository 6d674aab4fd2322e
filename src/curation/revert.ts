/**
 * revertChange: puts a node or relationship back to the state a change found it in, in one
 * write transaction, and records that as a change of its own. It refuses, saying why, when
 * the target no longer looks as the change left it (a later change, or a write outside the
 * API), when the restored state would break a rule, or when deleting a created node would
 * leave something pointing at it. Sent again after it succeeded, it writes nothing and
 * reports the earlier revert (UNCHANGED), like every other write.
 */
import { syncSourcePassages } from './source-passages.js';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { toNeo4jProps } from '../db/neo4j-props.js';
import { kindOf } from '../model/model.js';
import { readChange, recordChange, type ChangeView, type NodeState, type RelationshipState } from '../audit/audit.js';
import { canonicalJson } from '../audit/canonical.js';
import type { EntryDraft } from './node-input.js';
import { readNodeForWrite } from './node-writes.js';
import { InvalidInputError, notFound } from '../errors/problems.js';
import { readRelationshipForWrite } from './relationship-writes.js';
import { parseEdgeId, storedEdgeToEntry, storedNodeToEntry } from '../model/stored-entry.js';
import { validateNodeEntry, validateRelationshipEntry } from './validate-write.js';

export interface RevertResult {
  /** UPDATED when this call reverted; UNCHANGED when it had been reverted already (change is that revert) */
  outcome: 'UPDATED' | 'UNCHANGED';
  reverted: ChangeView;
  change: ChangeView;
}

const refuse = (change: ChangeView, reason: string): InvalidInputError => new InvalidInputError([{ field: 'id', reason }], `Reverting ${change.id}`);

async function whyChanged(db: Database, tx: ManagedTransaction, change: ChangeView): Promise<string> {
  const later = await db.run(tx, 'audit/later-changes', { targetId: change.targetId, at: change.at });
  if (later.length === 0) return `${change.targetId} no longer is as this change left it (it was changed outside the audited API, e.g. by a seed or import)`;
  const list = later.map((c) => `${c.id} (${c.operation} by ${c.curatorName})`).join(', ');
  return `${change.targetId} was changed again since; revert the later change(s) first, newest first: ${list}`;
}

/** The restored state must still pass the shared validator (e.g. an adoption date against later ratifications). */
function asDraft(data: Record<string, unknown>): EntryDraft {
  return { data, problems: [], pathOf: (field) => `before.${field}` };
}

/** Thrown when the revert already happened: the target is as the change found it and a revert of it is recorded. */
class AlreadyReverted {}

async function checkUnchangedSince(db: Database, tx: ManagedTransaction, change: ChangeView, current: unknown): Promise<void> {
  const state = canonicalJson(current);
  if (state === (change.after ?? 'null')) return;
  // The same revert sent again (a retry) finds the target already restored: report the first one.
  if (state === (change.before ?? 'null') && change.revertedBy.length > 0) throw new AlreadyReverted();
  throw refuse(change, await whyChanged(db, tx, change));
}

async function revertNode(db: Database, tx: ManagedTransaction, change: ChangeView): Promise<{ before: NodeState | null; after: NodeState | null }> {
  const current = await readNodeForWrite(db, tx, change.targetId);
  await checkUnchangedSince(db, tx, change, current);
  const target = change.before ? (JSON.parse(change.before) as NodeState) : null;
  if (!target) {
    const [refs] = await db.run(tx, 'curation/node-references', { id: change.targetId });
    const held: string[] = [];
    if (refs && refs.relationships > 0) held.push(`${refs.relationships} relationship(s)`);
    if (refs && refs.citations > 0) held.push(`${refs.citations} citation(s) of it`);
    if (refs && refs.figures > 0) held.push(`${refs.figures} figure(s) about it`);
    if (held.length > 0) throw refuse(change, `${change.targetId} cannot be deleted while ${held.join(', ')} refer to it; remove those first`);
    await db.run(tx, 'curation/delete-node', { id: change.targetId });
    await syncSourcePassages(db, tx, change.targetId, current?.props, null);
    return { before: current, after: null };
  }
  const kind = kindOf(change.targetId)!;
  const record = await validateNodeEntry(db, tx, asDraft(storedNodeToEntry(kind, target.props)), true);
  if (current) await db.run(tx, 'curation/replace-node', { id: change.targetId, props: toNeo4jProps(record.props) });
  else await db.run(tx, 'curation/create-node', { label: record.label, props: toNeo4jProps(record.props) });
  await syncSourcePassages(db, tx, change.targetId, current?.props, record.props);
  return { before: current, after: { label: record.label, props: record.props } };
}

async function revertRelationship(
  db: Database,
  tx: ManagedTransaction,
  change: ChangeView,
): Promise<{ before: RelationshipState | null; after: RelationshipState | null }> {
  const parts = parseEdgeId(change.targetId);
  if (!parts) throw refuse(change, `${change.targetId} is not a relationship id`);
  const current = await readRelationshipForWrite(db, tx, parts, change.targetId);
  await checkUnchangedSince(db, tx, change, current);
  const target = change.before ? (JSON.parse(change.before) as RelationshipState) : null;
  const ids = { id: change.targetId, type: parts.type, from: parts.from, to: parts.to };
  if (!target) {
    await db.run(tx, 'curation/delete-relationship', ids);
    return { before: current, after: null };
  }
  const record = await validateRelationshipEntry(db, tx, asDraft(storedEdgeToEntry(parts, target.props)));
  if (current) await db.run(tx, 'curation/replace-relationship', { ...ids, props: toNeo4jProps(record.props) });
  else {
    const created = await db.run(tx, 'curation/create-relationship', { ...ids, props: toNeo4jProps(record.props) });
    // The validator saw both ends; a missing row here would mean the graph moved under us.
    if (created.length !== 1) throw new Error(`restoring ${change.targetId} created ${created.length} relationships`);
  }
  return { before: current, after: { ...target, props: record.props } };
}

export async function revertChange(db: Database, principal: Principal, id: string): Promise<RevertResult> {
  return db.writeTx(async (tx) => {
    const change = await readChange(db, tx, id);
    if (!change) throw notFound('id', 'change', id);
    if (change.targetType === 'API_KEY') throw refuse(change, 'changes to API keys are not reverted; create or revoke a key instead');
    let restored: { before: unknown; after: unknown };
    try {
      restored = change.targetType === 'NODE' ? await revertNode(db, tx, change) : await revertRelationship(db, tx, change);
    } catch (error) {
      if (!(error instanceof AlreadyReverted)) throw error;
      const previous = await readChange(db, tx, change.revertedBy.at(-1)!);
      return { reverted: change, change: previous!, outcome: 'UNCHANGED' as const };
    }
    const { before, after } = restored;
    const recorded = await recordChange(db, tx, principal, {
      operation: 'REVERT_CHANGE',
      targetType: change.targetType,
      targetId: change.targetId,
      targetKind: change.targetKind,
      fromId: change.fromId ?? undefined,
      toId: change.toId ?? undefined,
      before,
      after,
      revertOf: change.id,
    });
    return { reverted: { ...change, revertedBy: [...change.revertedBy, recorded.id] }, change: recorded, outcome: 'UPDATED' as const };
  });
}
