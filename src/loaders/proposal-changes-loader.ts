/** Per-request DataLoader of the audit records each accepted proposal wrote (Proposal.changes; one UNWIND query per batch). */
import DataLoader from 'dataloader';
import type { QueryReader } from '../db/database.js';
import { toChangeView, type ChangeView } from '../audit/audit.js';

export type ProposalChangesLoader = DataLoader<string, ChangeView[]>;

export function createProposalChangesLoader(db: QueryReader): ProposalChangesLoader {
  return new DataLoader(async (ids) => {
    const rows = await db.read('proposals/changes-of-proposals', { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.proposalId, row.changes.map((c) => toChangeView(c.change, c.revertedBy))]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}
