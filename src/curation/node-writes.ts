/**
 * createNode and updateNode: read the target (locked), validate the node it would become
 * with the shared validator, write, and record the change, all in one write transaction.
 * Writing what is already there is accepted and reported UNCHANGED, with no change recorded.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { toNeo4jProps } from '../db/neo4j-props.js';
import { toNodeView, type NodeView } from '../graph/views.js';
import { kindOf } from '../model/model.js';
import { recordChange, type ChangeView, type NodeState } from '../audit/audit.js';
import { sameState } from '../audit/canonical.js';
import { toRawCitations } from './citation-input.js';
import { nodeDraft, type NodeInput } from './node-input.js';
import { InvalidInputError, notFound } from '../errors/problems.js';
import { storedNodeToEntry } from '../model/stored-entry.js';
import { syncSourcePassages } from './source-passages.js';
import { validateNodeEntry } from './validate-write.js';

export type WriteOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REMOVED';

/** What a write adds to its audit record besides the change itself (acceptProposal: the proposal's id). */
export interface WriteAudit {
  proposalId?: string;
}

export interface NodeWriteResult {
  outcome: WriteOutcome;
  node: NodeView;
  change: ChangeView | null;
}

/** The node with this id as stored, locked for the transaction; null when there is none. */
export async function readNodeForWrite(db: Database, tx: ManagedTransaction, id: string): Promise<NodeState | null> {
  const [row] = await db.run(tx, 'curation/node-for-write', { id });
  return row ? { label: row.label, props: row.props } : null;
}

/**
 * Two creates of one id at once end as one node, one CREATED and the rest UNCHANGED: Neo4j
 * serialises them on the entity_id unique constraint, and the later one then finds the node
 * (tests/integration/curation-writes sends four at once; it holds without any retry here).
 */
export async function createNode(db: Database, principal: Principal, input: NodeInput): Promise<NodeWriteResult> {
  return db.writeTx((tx) => createNodeIn(db, tx, principal, input));
}

/** createNode inside the caller's transaction (acceptProposal writes it with the proposal's status). */
export async function createNodeIn(
  db: Database,
  tx: ManagedTransaction,
  principal: Principal,
  input: NodeInput,
  audit: WriteAudit = {},
): Promise<NodeWriteResult> {
  const record = await validateNodeEntry(db, tx, nodeDraft(input), false);
  const after: NodeState = { label: record.label, props: record.props };
  const existing = await readNodeForWrite(db, tx, record.id);
  if (existing) {
    if (sameState(existing, after)) return { outcome: 'UNCHANGED', node: toNodeView(existing.label, existing.props), change: null };
    throw new InvalidInputError([{ field: 'id', reason: `a node with id "${record.id}" already exists; use updateNode to change it` }]);
  }
  await db.run(tx, 'curation/create-node', { label: record.label, props: toNeo4jProps(record.props) });
  await syncSourcePassages(db, tx, record.id, null, record.props);
  const change = await recordChange(db, tx, principal, {
    operation: 'CREATE_NODE',
    targetType: 'NODE',
    targetId: record.id,
    targetKind: record.label,
    before: null,
    after,
    citations: toRawCitations(input.citations),
    ...audit,
  });
  return { outcome: 'CREATED', node: toNodeView(record.label, record.props), change };
}

export async function updateNode(db: Database, principal: Principal, input: NodeInput): Promise<NodeWriteResult> {
  return db.writeTx((tx) => updateNodeIn(db, tx, principal, input));
}

/** updateNode inside the caller's transaction. */
export async function updateNodeIn(
  db: Database,
  tx: ManagedTransaction,
  principal: Principal,
  input: NodeInput,
  audit: WriteAudit = {},
): Promise<NodeWriteResult> {
  const kind = kindOf(input.id);
  const existing = kind ? await readNodeForWrite(db, tx, input.id) : null;
  if (!existing || !kind) throw notFound('input.id', 'node', input.id);
  const draft = nodeDraft(input, storedNodeToEntry(kind, existing.props));
  // Only a new adoption date can put recorded ratifications before it.
  const record = await validateNodeEntry(db, tx, draft, draft.data?.adopted !== existing.props.adopted);
  const after: NodeState = { label: record.label, props: record.props };
  if (sameState(existing, after)) return { outcome: 'UNCHANGED', node: toNodeView(existing.label, existing.props), change: null };
  await db.run(tx, 'curation/replace-node', { id: record.id, props: toNeo4jProps(record.props) });
  await syncSourcePassages(db, tx, record.id, existing.props, record.props);
  const change = await recordChange(db, tx, principal, {
    operation: 'UPDATE_NODE',
    targetType: 'NODE',
    targetId: record.id,
    targetKind: record.label,
    before: existing,
    after,
    citations: toRawCitations(input.citations),
    ...audit,
  });
  return { outcome: 'UPDATED', node: toNodeView(record.label, record.props), change };
}
