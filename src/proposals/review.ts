/**
 * acceptProposal and rejectProposal. Accepting writes through the curation write function (or
 * the bulk import's audited write) in one transaction with the proposal's new status, each
 * Change tagged with the proposal's id; it is refused when the proposal is not OPEN (a second
 * accept names the first decision) or when the target no longer is as it was when proposed.
 * Rejecting needs a reason and writes nothing to the graph.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { canonicalJson } from '../audit/canonical.js';
import type { ChangeView } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { readNodeForWrite } from '../curation/node-writes.js';
import { readRelationshipForWrite } from '../curation/relationship-writes.js';
import { parseEdgeId } from '../model/stored-entry.js';
import { InvalidInputError, notFound } from '../errors/problems.js';
import { acceptImportIn } from './propose-import.js';
import { proseOrNull, toProposalView, type ProposalStatus, type ProposalView } from './proposal.js';
import { runWrite, type ProposedWrite } from './proposed-write.js';

export interface ProposalDecision {
  proposal: ProposalView;
  /** Set for single writes; a bulk import's changes are read by the resolver (Proposal.changes). */
  changes: ChangeView[] | null;
}

const refuse = (id: string, reason: string, what = `Accepting ${id}`) => new InvalidInputError([{ field: 'id', reason }], what);

/** The proposal, locked; refused unless it is OPEN. */
async function openProposal(db: Database, tx: ManagedTransaction, id: string, what: string): Promise<ProposalView> {
  const [row] = await db.run(tx, 'proposals/lock-proposal', { id });
  if (!row) throw notFound('id', 'proposal', id);
  const proposal = toProposalView(row.proposal);
  if (proposal.status !== 'OPEN') {
    const by = proposal.decidedBy ? ` by ${proposal.decidedBy.name} at ${proposal.decidedAt}` : '';
    throw refuse(id, `${id} is ${proposal.status}${by}; only an OPEN proposal can be decided`, what);
  }
  return proposal;
}

/** The target as it stands now, in the audit trail's JSON, to compare with the proposal's `before`. */
async function currentState(db: Database, tx: ManagedTransaction, proposal: ProposalView): Promise<string> {
  const targetId = proposal.targetId ?? proposal.plannedTargetId!;
  if (proposal.operation === 'CREATE_NODE' || proposal.operation === 'UPDATE_NODE') return canonicalJson(await readNodeForWrite(db, tx, targetId));
  const parts = parseEdgeId(targetId)!;
  return canonicalJson(await readRelationshipForWrite(db, tx, parts, targetId));
}

async function decide(
  db: Database,
  tx: ManagedTransaction,
  principal: Principal,
  id: string,
  status: ProposalStatus,
  extra: { reason?: string; targetId?: string | null; importId?: string },
): Promise<ProposalView> {
  const [row] = await db.run(tx, 'proposals/decide-proposal', {
    id,
    status,
    decidedById: principal.keyId,
    decidedByName: principal.name,
    decidedByRole: principal.role,
    reason: extra.reason ?? null,
    targetId: extra.targetId ?? null,
    importId: extra.importId ?? null,
  });
  return toProposalView(row!.proposal);
}

/** Runs with the bulk time bound: the operation is known only once the proposal is read, and an import may be large. */
export async function acceptProposal(db: Database, principal: Principal, id: string): Promise<ProposalDecision> {
  const what = `Accepting ${id}`;
  return db.writeTx(
    async (tx) => {
      const proposal = await openProposal(db, tx, id, what);
      if (proposal.operation === 'BULK_IMPORT') {
        const importId = await acceptImportIn(db, tx, principal, proposal);
        return { proposal: await decide(db, tx, principal, id, 'ACCEPTED', { importId }), changes: null };
      }
      if ((await currentState(db, tx, proposal)) !== (proposal.before ?? 'null')) {
        const target = proposal.targetId ?? proposal.plannedTargetId;
        throw refuse(id, `stale: ${target} changed since ${id} was proposed (see changes of it); propose it again against its current state`, what);
      }
      const write = { operation: proposal.operation, input: JSON.parse(proposal.input) as unknown } as ProposedWrite;
      const { change } = await runWrite(db, tx, principal, write, { proposalId: id });
      const decided = await decide(db, tx, principal, id, 'ACCEPTED', { targetId: change?.targetId ?? null });
      return { proposal: decided, changes: change ? [change] : [] };
    },
    { bulk: true },
  );
}

export async function rejectProposal(db: Database, principal: Principal, id: string, reason: string): Promise<ProposalDecision> {
  const why = proseOrNull('reason', reason, `Rejecting ${id}`);
  if (why === null) throw new InvalidInputError([{ field: 'reason', reason: 'say why the proposal is rejected' }], `Rejecting ${id}`);
  return db.writeTx(async (tx) => {
    await openProposal(db, tx, id, `Rejecting ${id}`);
    return { proposal: await decide(db, tx, principal, id, 'REJECTED', { reason: why }), changes: [] };
  });
}
