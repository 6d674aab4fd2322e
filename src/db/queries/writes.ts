/** cypher/audit, auth, bulk, curation, seed: what writes the graph, and the reads done inside those writes. */
import { query, type NoParams, type Props } from './query.js';
import type { ApiKeyRow, CountRow, DeletedRow, NodeWriteRow, OutcomeCountRow, RelationshipWriteRow } from './rows.js';

type Id = string;
/** An edge named by its id and ends (the type picks the relationship type allow-listed by the model). */
type EdgeIdentity = { id: Id; type: string; from: Id; to: Id };
/** What the dry run says an import would do to one row. */
type PlanRow = { id: Id; outcome: 'created' | 'updated' | 'unchanged'; changed: string[] };
type ChangeRow = { change: Props; revertedBy: Id[] };

export const writeQueries = {
  'meta/advance-graph-version': query<NoParams, Record<never, never>>({}),
  'audit/change-by-id': query<{ id: Id }, ChangeRow>({ id: true }),
  'audit/changes': query<
    {
      nodeId: Id | null;
      relationshipId: Id | null;
      curator: Id | null;
      since: string | null;
      importId: Id | null;
      proposalId: Id | null;
      offset: number;
      first: number;
    },
    { total: number; page: ChangeRow[] }
  >({ nodeId: true, relationshipId: true, curator: true, since: true, importId: true, proposalId: true, offset: true, first: true }),
  'audit/later-changes': query<{ targetId: Id; at: string }, { id: Id; operation: string; curatorName: string }>({ targetId: true, at: true }),
  'audit/record-change': query<{ props: Props }, { change: Props }>({ props: true }),
  'audit/record-changes': query<{ rows: Props[] }, CountRow>({ rows: true }),

  'proposals/changes-of-proposals': query<{ ids: Id[] }, { proposalId: Id; changes: ChangeRow[] }>({ ids: true }),
  'proposals/create-proposal': query<{ props: Props }, { proposal: Props }>({ props: true }),
  'proposals/decide-proposal': query<
    {
      id: Id;
      status: string;
      decidedById: Id;
      decidedByName: string;
      decidedByRole: string;
      reason: string | null;
      targetId: Id | null;
      importId: Id | null;
    },
    { proposal: Props }
  >({ id: true, status: true, decidedById: true, decidedByName: true, decidedByRole: true, reason: true, targetId: true, importId: true }),
  'proposals/lock-proposal': query<{ id: Id }, { proposal: Props }>({ id: true }),
  'proposals/proposal-by-id': query<{ id: Id }, { proposal: Props }>({ id: true }),
  'proposals/proposals': query<
    { status: string | null; operation: string | null; proposedBy: string | null; nodeId: Id | null; offset: number; first: number },
    { total: number; page: Props[] }
  >({ status: true, operation: true, proposedBy: true, nodeId: true, offset: true, first: true }),

  'auth/create-api-key': query<{ id: Id; name: string; role: string; hash: string; createdBy: Id | null }, ApiKeyRow>({
    id: true,
    name: true,
    role: true,
    hash: true,
    createdBy: true,
  }),
  'auth/key-by-hash': query<{ hash: string }, Omit<ApiKeyRow, 'createdAt'>>({ hash: true }),
  'auth/key-by-id': query<{ id: Id }, ApiKeyRow>({ id: true }),
  'auth/list-api-keys': query<NoParams, ApiKeyRow>({}),
  'auth/revoke-api-key': query<{ id: Id; revokedBy: Id }, ApiKeyRow>({ id: true, revokedBy: true }),

  'bulk/create-relationships': query<{ rows: RelationshipWriteRow[] }, CountRow>({ rows: true }),
  'bulk/existing-relationships': query<{ rows: RelationshipWriteRow[] }, { id: Id; props: Props; same: boolean | null }>({ rows: true }),
  'bulk/export-nodes': query<NoParams, { id: Id; labels: string[]; props: Props }>({}),
  'bulk/export-relationships': query<NoParams, { type: string; from: Id; to: Id; props: Props }>({}),
  'bulk/lock-nodes': query<{ ids: Id[] }, CountRow>({ ids: true }),
  'bulk/nodes-before': query<{ rows: NodeWriteRow[] }, { id: Id; label: string; props: Props; same: boolean | null }>({ rows: true }),
  'bulk/plan-nodes': query<{ rows: NodeWriteRow[] }, PlanRow>({ rows: true }),
  'bulk/plan-relationships': query<{ rows: RelationshipWriteRow[] }, PlanRow>({ rows: true }),
  'bulk/update-relationships': query<{ rows: RelationshipWriteRow[] }, CountRow>({ rows: true }),

  'curation/create-node': query<{ label: string; props: Props }, { id: Id }>({ label: true, props: true }),
  'curation/create-relationship': query<Omit<EdgeIdentity, 'id'> & { props: Props }, { id: Id }>({ type: true, from: true, to: true, props: true }),
  'curation/dated-acts-on': query<{ id: Id }, { props: Props }>({ id: true }),
  'curation/delete-node': query<{ id: Id }, DeletedRow>({ id: true }),
  'curation/delete-source-passages': query<{ sourceId: Id }, CountRow>({ sourceId: true }),
  'curation/delete-relationship': query<EdgeIdentity, DeletedRow>({ id: true, type: true, from: true, to: true }),
  'curation/lock-ends': query<{ from: Id; to: Id }, { from: Id; to: Id }>({ from: true, to: true }),
  'curation/node-for-write': query<{ id: Id }, { label: string; props: Props }>({ id: true }),
  'curation/node-references': query<{ id: Id }, { relationships: number; citations: number; figures: number }>({ id: true }),
  'curation/relationship-for-write': query<EdgeIdentity, { props: Props }>({ id: true, type: true, from: true, to: true }),
  'curation/replace-node': query<{ id: Id; props: Props }, { id: Id }>({ id: true, props: true }),
  'curation/source-passages': query<{ sourceIds: Id[] }, { sourceId: Id; locator: string; article: string | null; text: string }>({ sourceIds: true }),
  'curation/replace-relationship': query<EdgeIdentity & { props: Props }, { id: Id }>({ id: true, type: true, from: true, to: true, props: true }),

  'seed/upsert-nodes': query<{ rows: NodeWriteRow[] }, OutcomeCountRow>({ rows: true }),
  'seed/upsert-passages': query<{ rows: Array<{ id: Id; sourceId: Id; locator: string; article: string | null; text: string; position: number }> }, CountRow>({
    rows: true,
  }),
  'seed/upsert-relationships': query<{ rows: RelationshipWriteRow[] }, OutcomeCountRow>({ rows: true }),
};
