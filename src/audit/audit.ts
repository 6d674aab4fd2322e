/**
 * The audit trail: one (:Change) node per accepted write, in the write's own transaction, so
 * a change and its record land together or not at all. Changes are not Entities: they stay
 * out of entity counts, lists and search. Before/after are canonical JSON of the target's state.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/database.js';
import type { CitationView } from '../graph/views.js';
import { citationsOf } from '../graph/views.js';
import { canonicalJson } from './canonical.js';
import type { RawCitation, StoredRelationship } from '../model/stored-entry.js';

export type ChangeOperation =
  'CREATE_NODE' | 'UPDATE_NODE' | 'ADD_RELATIONSHIP' | 'UPDATE_RELATIONSHIP' | 'REMOVE_RELATIONSHIP' | 'REVERT_CHANGE' | 'CREATE_API_KEY' | 'REVOKE_API_KEY';

export type ChangeTarget = 'NODE' | 'RELATIONSHIP' | 'API_KEY';

/** A node's state: its kind label and every stored property. */
export interface NodeState {
  label: string;
  props: Record<string, unknown>;
}

/** A relationship's state: its type, ends and every stored property (the shape export reads too). */
export type RelationshipState = StoredRelationship;

export interface NewChange {
  operation: ChangeOperation;
  targetType: ChangeTarget;
  targetId: string;
  /** Node label, relationship type, or ApiKey */
  targetKind: string;
  fromId?: string;
  toId?: string;
  before: unknown;
  after: unknown;
  citations?: RawCitation[];
  revertOf?: string;
  /** Set by a bulk import on every change it records, so one import's changes can be listed */
  importId?: string;
  /** Set when the write was a curator's acceptance of a contributor's proposal */
  proposalId?: string;
}

export interface ChangeView {
  id: string;
  at: string;
  operation: ChangeOperation;
  targetType: ChangeTarget;
  targetId: string;
  targetKind: string;
  fromId: string | null;
  toId: string | null;
  curator: Principal;
  before: string | null;
  after: string | null;
  sources: CitationView[];
  revertOf: string | null;
  revertedBy: string[];
  importId: string | null;
  proposalId: string | null;
}

/** Who wrote when no request did (the keys CLI). */
export function operatorPrincipal(name: string): Principal {
  return { keyId: 'cli', name, role: 'admin' };
}

/** The stored properties of one change (`at` is set by the statement that writes it). */
export function changeProps(principal: Principal, change: NewChange): Record<string, unknown> {
  const citations = change.citations ?? [];
  return {
    id: `change:${randomUUID()}`,
    operation: change.operation,
    targetType: change.targetType,
    targetId: change.targetId,
    targetKind: change.targetKind,
    fromId: change.fromId ?? null,
    toId: change.toId ?? null,
    curatorId: principal.keyId,
    curatorName: principal.name,
    curatorRole: principal.role,
    before: change.before === null || change.before === undefined ? null : canonicalJson(change.before),
    after: change.after === null || change.after === undefined ? null : canonicalJson(change.after),
    citeSources: citations.map((c) => c.source),
    citeLocators: citations.map((c) => c.locator),
    citeQuotes: citations.map((c) => c.quote ?? ''),
    revertOf: change.revertOf ?? null,
    importId: change.importId ?? null,
    proposalId: change.proposalId ?? null,
  };
}

export async function recordChange(db: Database, tx: ManagedTransaction, principal: Principal, change: NewChange): Promise<ChangeView> {
  const [row] = await db.run(tx, 'audit/record-change', { props: changeProps(principal, change) });
  return toChangeView(row!.change, []);
}

/** Many changes in one statement (bulk import: one UNWIND per batch, no round trip per row). */
export async function recordChanges(db: Database, tx: ManagedTransaction, principal: Principal, changes: NewChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const [row] = await db.run(tx, 'audit/record-changes', { rows: changes.map((c) => changeProps(principal, c)) });
  return row?.count ?? 0;
}

const orNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toChangeView(props: Record<string, unknown>, revertedBy: string[]): ChangeView {
  return {
    id: String(props.id),
    at: String(props.at),
    operation: props.operation as ChangeOperation,
    targetType: props.targetType as ChangeTarget,
    targetId: String(props.targetId),
    targetKind: String(props.targetKind),
    fromId: orNull(props.fromId),
    toId: orNull(props.toId),
    curator: { keyId: String(props.curatorId), name: String(props.curatorName), role: props.curatorRole as Principal['role'] },
    before: orNull(props.before),
    after: orNull(props.after),
    sources: citationsOf(props),
    revertOf: orNull(props.revertOf),
    revertedBy,
    importId: orNull(props.importId),
    proposalId: orNull(props.proposalId),
  };
}

export async function readChange(db: Database, tx: ManagedTransaction | undefined, id: string): Promise<ChangeView | null> {
  const rows = tx ? await db.run(tx, 'audit/change-by-id', { id }) : await db.read('audit/change-by-id', { id });
  const row = rows[0];
  return row ? toChangeView(row.change, row.revertedBy) : null;
}

export interface ChangeFilter {
  nodeId: string | null;
  curator: string | null;
  since: string | null;
  importId: string | null;
  relationshipId: string | null;
  proposalId: string | null;
}

export async function listChanges(db: Database, filter: ChangeFilter, offset: number, first: number): Promise<{ total: number; changes: ChangeView[] }> {
  const [row] = await db.read('audit/changes', { ...filter, offset, first });
  return { total: row?.total ?? 0, changes: (row?.page ?? []).map((p) => toChangeView(p.change, p.revertedBy)) };
}
