/**
 * addRelationship, updateRelationship and removeRelationship: validate with the shared
 * validator, lock the ends (so two concurrent adds of one fact cannot make twins), write and
 * record the change in one write transaction. Adding an edge that is already there as given
 * is UNCHANGED; one there with other values is a duplicate and refused.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import { toNeo4jProps } from '../db/neo4j-props.js';
import { toEdgeView, type EdgeView } from '../graph/views.js';
import { validateSeed } from '../model/validate.js';
import { recordChange, type ChangeView, type RelationshipState } from '../audit/audit.js';
import { differingProps, sameState } from '../audit/canonical.js';
import { toRawCitations, type CitationInput } from './citation-input.js';
import { quoteProblems } from './quote-check.js';
import type { WriteAudit, WriteOutcome } from './node-writes.js';
import { InvalidInputError, notFound } from '../errors/problems.js';
import { relationshipDraft, type RelationshipInput } from './relationship-input.js';
import { parseEdgeId, storedEdgeToEntry, type EdgeIdParts } from '../model/stored-entry.js';
import { lookupKnownNodes } from '../seed/known-nodes.js';
import { validateRelationshipEntry } from './validate-write.js';

export interface RelationshipWriteResult {
  outcome: WriteOutcome;
  edge: EdgeView | null;
  change: ChangeView | null;
}

/** The relationship with this id as stored, locked for the transaction; null when there is none. */
export async function readRelationshipForWrite(
  db: Database,
  tx: ManagedTransaction,
  parts: { type: string; from: string; to: string },
  id: string,
): Promise<RelationshipState | null> {
  const [row] = await db.run(tx, 'curation/relationship-for-write', { id, type: parts.type, from: parts.from, to: parts.to });
  return row ? { type: parts.type, from: parts.from, to: parts.to, props: row.props } : null;
}

function edgeOf(state: RelationshipState): EdgeView {
  return toEdgeView(state.type, state.from, state.to, state.props);
}

function requireEdgeId(argument: string, id: string): EdgeIdParts {
  const parts = parseEdgeId(id);
  if (!parts) throw new InvalidInputError([{ field: argument, reason: `"${id}" is not a relationship id (<from>-[<TYPE>(:<role or key>)]-><to>)` }]);
  return parts;
}

export async function addRelationship(db: Database, principal: Principal, input: RelationshipInput): Promise<RelationshipWriteResult> {
  return db.writeTx((tx) => addRelationshipIn(db, tx, principal, input));
}

/** addRelationship inside the caller's transaction (acceptProposal writes it with the proposal's status). */
export async function addRelationshipIn(
  db: Database,
  tx: ManagedTransaction,
  principal: Principal,
  input: RelationshipInput,
  audit: WriteAudit = {},
): Promise<RelationshipWriteResult> {
  const record = await validateRelationshipEntry(db, tx, relationshipDraft(input));
  const after: RelationshipState = { type: record.type, from: record.from, to: record.to, props: record.props };
  await db.run(tx, 'curation/lock-ends', { from: record.from, to: record.to });
  const existing = await readRelationshipForWrite(db, tx, after, record.id);
  if (existing) {
    if (sameState(existing, after)) return { outcome: 'UNCHANGED', edge: edgeOf(existing), change: null };
    const differs = differingProps(existing.props, record.props).map((f) => (f.startsWith('cite') ? 'citations' : f));
    throw new InvalidInputError([
      {
        field: 'type',
        reason: `duplicate relationship: ${record.id} already exists with other ${[...new Set(differs)].join(', ')}; use updateRelationship to change it`,
      },
    ]);
  }
  await db.run(tx, 'curation/create-relationship', { type: record.type, from: record.from, to: record.to, props: toNeo4jProps(record.props) });
  const change = await recordChange(db, tx, principal, {
    operation: 'ADD_RELATIONSHIP',
    targetType: 'RELATIONSHIP',
    targetId: record.id,
    targetKind: record.type,
    fromId: record.from,
    toId: record.to,
    before: null,
    after,
    citations: toRawCitations(input.citations),
    ...audit,
  });
  return { outcome: 'CREATED', edge: edgeOf(after), change };
}

export interface RelationshipUpdateInput {
  id: string;
  citations: readonly CitationInput[];
  [section: string]: unknown;
}

export async function updateRelationship(db: Database, principal: Principal, input: RelationshipUpdateInput): Promise<RelationshipWriteResult> {
  return db.writeTx((tx) => updateRelationshipIn(db, tx, principal, input));
}

/** updateRelationship inside the caller's transaction. */
export async function updateRelationshipIn(
  db: Database,
  tx: ManagedTransaction,
  principal: Principal,
  input: RelationshipUpdateInput,
  audit: WriteAudit = {},
): Promise<RelationshipWriteResult> {
  const parts = requireEdgeId('input.id', input.id);
  const existing = await readRelationshipForWrite(db, tx, parts, input.id);
  if (!existing) throw notFound('input.id', 'relationship', input.id);
  const draft = relationshipDraft({ ...input, type: parts.type, from: parts.from, to: parts.to }, storedEdgeToEntry(parts, existing.props));
  const record = await validateRelationshipEntry(db, tx, draft);
  if (record.id !== input.id) {
    // The role is part of the id (ILO as member and as chair are two facts), so it is not edited in place.
    throw new InvalidInputError([
      { field: draft.pathOf('role'), reason: `the role is part of the relationship id; remove ${input.id} and add ${record.id} instead` },
    ]);
  }
  const after: RelationshipState = { ...existing, props: record.props };
  if (sameState(existing, after)) return { outcome: 'UNCHANGED', edge: edgeOf(existing), change: null };
  await db.run(tx, 'curation/replace-relationship', {
    id: input.id,
    type: parts.type,
    from: parts.from,
    to: parts.to,
    props: toNeo4jProps(record.props),
  });
  const change = await recordChange(db, tx, principal, {
    operation: 'UPDATE_RELATIONSHIP',
    targetType: 'RELATIONSHIP',
    targetId: input.id,
    targetKind: parts.type,
    fromId: parts.from,
    toId: parts.to,
    before: existing,
    after,
    citations: toRawCitations(input.citations),
    ...audit,
  });
  return { outcome: 'UPDATED', edge: edgeOf(after), change };
}

/** Removing needs a citation too: the document that shows the edge was wrong or has ended. */
export async function removeRelationship(
  db: Database,
  principal: Principal,
  id: string,
  citations: readonly CitationInput[],
): Promise<RelationshipWriteResult> {
  return db.writeTx((tx) => removeRelationshipIn(db, tx, principal, id, citations));
}

/** removeRelationship inside the caller's transaction. */
export async function removeRelationshipIn(
  db: Database,
  tx: ManagedTransaction,
  principal: Principal,
  id: string,
  citations: readonly CitationInput[],
  audit: WriteAudit = {},
): Promise<RelationshipWriteResult> {
  const parts = requireEdgeId('id', id);
  const raw = toRawCitations(citations);
  // The citations are checked by the shared validator, on the edge as it stands.
  const existing = await readRelationshipForWrite(db, tx, parts, id);
  const entry = existing
    ? { ...storedEdgeToEntry(parts, existing.props), citations: raw }
    : { type: parts.type, from: parts.from, to: parts.to, citations: raw };
  const known = await lookupKnownNodes(
    db,
    tx,
    raw.map((c) => c.source),
  );
  const problems = validateSeed([], [{ file: 'input', index: 0, data: entry }], known)
    .problems.filter((p) => p.field === 'citations')
    .map((p) => ({ field: 'citations', reason: p.reason }));
  for (const p of await quoteProblems(db, tx, [{ file: 'input', index: 0, data: entry }]))
    problems.push({ field: p.field ?? 'citations', reason: p.reason, ...(p.passage ? { passage: p.passage } : {}) });
  if (problems.length > 0) throw new InvalidInputError(problems);
  if (!existing) throw notFound('id', 'relationship', id);
  await db.run(tx, 'curation/delete-relationship', { id, type: parts.type, from: parts.from, to: parts.to });
  const change = await recordChange(db, tx, principal, {
    operation: 'REMOVE_RELATIONSHIP',
    targetType: 'RELATIONSHIP',
    targetId: id,
    targetKind: parts.type,
    fromId: parts.from,
    toId: parts.to,
    before: existing,
    after: null,
    citations: raw,
    ...audit,
  });
  return { outcome: 'REMOVED', edge: null, change };
}
