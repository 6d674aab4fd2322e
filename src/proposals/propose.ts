/**
 * propose: the write a contributor asks for is run through the curation write function in a
 * transaction that is then rolled back, so it is refused with exactly the problems the direct
 * write would give, and its before/after are exactly what the write would record. Nothing of
 * it reaches the graph; the proposal is then stored apart from the graph.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { ChangeView } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { toRawCitations } from '../curation/citation-input.js';
import { InvalidInputError } from '../errors/problems.js';
import { stateDiff } from './diff.js';
import { proseOrNull, storeProposal, type NewProposal, type ProposalView } from './proposal.js';
import { proposedWrite, runWrite, type ProposedWrite } from './proposed-write.js';

/** Thrown with the work's result so that the transaction rolls back. */
class RollBack<T> {
  constructor(readonly result: T) {}
}

/** Runs `work` in a write transaction that is always rolled back; returns what it returned. */
export async function rolledBack<T>(db: Database, work: (tx: ManagedTransaction) => Promise<T>, options: { bulk?: boolean } = {}): Promise<T> {
  try {
    await db.writeTx(async (tx) => {
      throw new RollBack(await work(tx));
    }, options);
  } catch (error) {
    if (error instanceof RollBack) return error.result as T;
    throw error;
  }
  throw new Error('unreachable: the rolled-back transaction returned');
}

export async function propose(db: Database, principal: Principal, input: Record<string, unknown>): Promise<ProposalView> {
  const write = proposedWrite(input);
  const note = proseOrNull('input.note', input.note as string | null | undefined, 'The proposal');
  const { change } = await rolledBack(db, (tx) => runWrite(db, tx, principal, write));
  if (!change) {
    throw new InvalidInputError([{ field: 'input', reason: 'the graph already holds exactly this; there is nothing to propose' }], 'The proposal');
  }
  return db.writeTx((tx) => storeProposal(db, tx, principal, proposalOf(write, change, note)));
}

/** The proposal to store for a write whose rolled-back run recorded `change`. */
function proposalOf(write: ProposedWrite, change: ChangeView, note: string | null): NewProposal {
  const isNew = write.operation === 'ADD_RELATIONSHIP';
  return {
    operation: write.operation,
    note,
    input: JSON.stringify(write.input),
    // A new relationship has no id until it is written; its planned id is kept to check staleness.
    targetId: isNew ? null : change.targetId,
    plannedTargetId: isNew ? change.targetId : null,
    targetKind: change.targetKind,
    fromId: change.fromId,
    toId: change.toId,
    before: change.before,
    after: change.after,
    diff: stateDiff(change.before, change.after),
    citations: toRawCitations(write.input.citations),
    nodeIds: [change.targetType === 'NODE' ? change.targetId : null, change.fromId, change.toId].filter((id): id is string => id !== null),
  };
}
