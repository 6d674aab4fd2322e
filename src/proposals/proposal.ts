/**
 * A proposal as stored on its (:Proposal) node and as the API shows it. The write it asks for
 * is kept as the JSON of the mutation's input (nulls kept: in an update, null removes a field).
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import type { Props } from '../db/queries/index.js';
import { citationsOf, type CitationView } from '../graph/views.js';
import type { RawCitation } from '../model/stored-entry.js';
import { InvalidInputError, notFound } from '../errors/problems.js';
import type { FieldDiff } from './diff.js';

export type ProposalStatus = 'OPEN' | 'ACCEPTED' | 'REJECTED';
export type ProposalOperation = 'CREATE_NODE' | 'UPDATE_NODE' | 'ADD_RELATIONSHIP' | 'UPDATE_RELATIONSHIP' | 'REMOVE_RELATIONSHIP' | 'BULK_IMPORT';

export interface ProposalView {
  id: string;
  status: ProposalStatus;
  operation: ProposalOperation;
  proposedBy: Principal;
  proposedAt: string;
  note: string | null;
  targetId: string | null;
  targetKind: string | null;
  fromId: string | null;
  toId: string | null;
  before: string | null;
  after: string | null;
  diff: FieldDiff[];
  sources: CitationView[];
  decidedBy: Principal | null;
  decidedAt: string | null;
  reason: string | null;
  importId: string | null;
  /** The write's input as JSON (BULK_IMPORT: {format, content}); not shown by the API */
  input: string;
  /** ADD_RELATIONSHIP: the id the new relationship will have (targetId stays null until accepted) */
  plannedTargetId: string | null;
}

/** What propose hands to the store. */
export interface NewProposal {
  operation: ProposalOperation;
  note: string | null;
  input: string;
  targetId: string | null;
  plannedTargetId?: string | null;
  targetKind: string | null;
  fromId: string | null;
  toId: string | null;
  before: string | null;
  after: string | null;
  diff: FieldDiff[];
  citations: RawCitation[];
  /** Nodes the proposal touches (target, ends, every row of an import): the queue's node filter */
  nodeIds: string[];
}

/** A proposal's note and a reviewer's reason are prose, held to the validator's limit for prose fields (description, note). */
const MAX_PROSE_LENGTH = 10_000;

/** The note or reason trimmed, null when empty; refused when longer than prose may be. */
export function proseOrNull(field: string, text: string | null | undefined, what: string): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > MAX_PROSE_LENGTH) {
    throw new InvalidInputError([{ field, reason: `"${field}" is ${trimmed.length} characters long; at most ${MAX_PROSE_LENGTH}` }], what);
  }
  return trimmed === '' ? null : trimmed;
}

const orNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function principalOf(props: Props, prefix: 'proposedBy' | 'decidedBy'): Principal | null {
  if (props[`${prefix}Id`] === null || props[`${prefix}Id`] === undefined) return null;
  return { keyId: String(props[`${prefix}Id`]), name: String(props[`${prefix}Name`]), role: props[`${prefix}Role`] as Principal['role'] };
}

export function toProposalView(props: Props): ProposalView {
  return {
    id: String(props.id),
    status: props.status as ProposalStatus,
    operation: props.operation as ProposalOperation,
    proposedBy: principalOf(props, 'proposedBy')!,
    proposedAt: String(props.proposedAt),
    note: orNull(props.note),
    targetId: orNull(props.targetId),
    targetKind: orNull(props.targetKind),
    fromId: orNull(props.fromId),
    toId: orNull(props.toId),
    before: orNull(props.before),
    after: orNull(props.after),
    diff: JSON.parse(String(props.diff ?? '[]')) as FieldDiff[],
    sources: citationsOf(props),
    decidedBy: principalOf(props, 'decidedBy'),
    decidedAt: orNull(props.decidedAt),
    reason: orNull(props.reason),
    importId: orNull(props.importId),
    input: String(props.input),
    plannedTargetId: orNull(props.plannedTargetId),
  };
}

export async function storeProposal(db: Database, tx: ManagedTransaction, principal: Principal, proposal: NewProposal): Promise<ProposalView> {
  const [row] = await db.run(tx, 'proposals/create-proposal', {
    props: {
      id: `proposal:${randomUUID()}`,
      status: 'OPEN',
      operation: proposal.operation,
      proposedById: principal.keyId,
      proposedByName: principal.name,
      proposedByRole: principal.role,
      note: proposal.note,
      input: proposal.input,
      targetId: proposal.targetId,
      plannedTargetId: proposal.plannedTargetId ?? null,
      targetKind: proposal.targetKind,
      fromId: proposal.fromId,
      toId: proposal.toId,
      before: proposal.before,
      after: proposal.after,
      diff: JSON.stringify(proposal.diff),
      citeSources: proposal.citations.map((c) => c.source),
      citeLocators: proposal.citations.map((c) => c.locator),
      citeQuotes: proposal.citations.map((c) => c.quote ?? ''),
      nodeIds: [...new Set(proposal.nodeIds)].sort(),
    },
  });
  return toProposalView(row!.proposal);
}

export async function readProposal(db: Database, id: string): Promise<ProposalView> {
  const [row] = await db.read('proposals/proposal-by-id', { id });
  if (!row) throw notFound('id', 'proposal', id);
  return toProposalView(row.proposal);
}

export interface ProposalFilter {
  status: ProposalStatus | null;
  operation: ProposalOperation | null;
  proposedBy: string | null;
  nodeId: string | null;
}

export async function listProposals(
  db: Database,
  filter: ProposalFilter,
  offset: number,
  first: number,
): Promise<{ total: number; proposals: ProposalView[] }> {
  const [row] = await db.read('proposals/proposals', { ...filter, offset, first });
  return { total: row?.total ?? 0, proposals: (row?.page ?? []).map(toProposalView) };
}
