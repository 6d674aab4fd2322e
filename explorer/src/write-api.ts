/**
 * The curators' calls: writes, proposals, history and the form model. Unlike api.ts's reads, a
 * refusal here is never answered by asking for another key: it is thrown as a Refusal carrying
 * the code and the validator's problems, for the form to show next to the fields they name.
 */
import { currentKey } from './api-key.js';
import type { CurationModel } from './form-model.js';

export interface Problem {
  field: string;
  reason: string;
  passage?: string;
}

export class Refusal extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

type ErrorBody = { message: string; extensions?: { code?: string; problems?: Problem[] } };

export async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = currentKey();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: ErrorBody[] };
  const error = body.errors?.[0];
  if (error) throw new Refusal(error.message, error.extensions?.code ?? `HTTP ${response.status}`, error.extensions?.problems ?? []);
  if (!body.data) throw new Refusal(`The request failed with HTTP ${response.status}`, `HTTP ${response.status}`, []);
  return body.data;
}

export interface Citation {
  sourceId: string;
  sourceTitle: string | null;
  locator: string;
  quote: string | null;
}
export interface Change {
  id: string;
  at: string;
  operation: string;
  targetId: string;
  targetKind: string;
  fromId: string | null;
  toId: string | null;
  curator: { name: string; role: string };
  before: string | null;
  after: string | null;
  sources: Citation[];
  revertOf: string | null;
  revertedBy: string[];
  proposalId?: string | null;
}
export interface Proposal {
  id: string;
  status: string;
  operation: string;
  proposedBy: { name: string; role: string };
  proposedAt: string;
  note: string | null;
  targetId: string | null;
  targetKind: string | null;
  fromId: string | null;
  toId: string | null;
  diff: { field: string; before: string | null; after: string | null }[];
  sources: Citation[];
  decidedBy: { name: string } | null;
  reason: string | null;
}
export interface QuoteCheck {
  passage: string | null;
  found: boolean;
  matchStart: number | null;
  matchEnd: number | null;
  problem: string | null;
}

const FIELD = 'name type required enumValues description inputPath';
export const curationModel = () =>
  call<{ curationModel: CurationModel }>(
    `{ curationModel { nodeKinds { kind label idPrefix inputSection fields { ${FIELD} } } relationshipTypes { type inputSection ends { from to } fields { ${FIELD} } } } }`,
  ).then((d) => d.curationModel);

export const whoami = () => call<{ whoami: { keyId: string; name: string; role: string } | null }>('{ whoami { keyId name role } }').then((d) => d.whoami);

/** Which of the newer audit fields this server has (Change.proposalId, changes(relationshipId)): asked once. */
let auditFeatures: Promise<{ proposalId: boolean; relationshipId: boolean }> | undefined;
function features() {
  auditFeatures ??= call<{ change: { fields: { name: string }[] }; query: { fields: { name: string; args: { name: string }[] }[] } }>(
    '{ change: __type(name: "Change") { fields { name } } query: __type(name: "Query") { fields { name args { name } } } }',
  ).then((d) => ({
    proposalId: d.change.fields.some((f) => f.name === 'proposalId'),
    relationshipId: d.query.fields.find((f) => f.name === 'changes')?.args.some((a) => a.name === 'relationshipId') ?? false,
  }));
  return auditFeatures;
}

const CITE = 'sourceId sourceTitle locator quote';
const changeFields = (withProposal: boolean) =>
  `id at operation targetId targetKind fromId toId curator { name role } before after sources { ${CITE} } revertOf revertedBy${withProposal ? ' proposalId' : ''}`;

/** The audit history of a node (its own changes and its edges'), or of one edge. */
export async function history(target: { nodeId: string } | { relationshipId: string; fromId: string }): Promise<Change[]> {
  const f = await features();
  const fields = changeFields(f.proposalId);
  if ('nodeId' in target || !f.relationshipId) {
    // Without changes(relationshipId:), an edge's history is its start node's, narrowed to the edge.
    const nodeId = 'nodeId' in target ? target.nodeId : target.fromId;
    const d = await call<{ changes: { nodes: Change[] } }>(`query ($id: ID) { changes(nodeId: $id, first: 100) { nodes { ${fields} } } }`, { id: nodeId });
    return 'nodeId' in target ? d.changes.nodes : d.changes.nodes.filter((c) => c.targetId === target.relationshipId);
  }
  const d = await call<{ changes: { nodes: Change[] } }>(`query ($id: ID) { changes(relationshipId: $id, first: 100) { nodes { ${fields} } } }`, {
    id: target.relationshipId,
  });
  return d.changes.nodes;
}

export const revert = (id: string) =>
  call<{ revertChange: { outcome: string } }>('mutation ($id: ID!) { revertChange(id: $id) { outcome } }', { id }).then((d) => d.revertChange);

/** A curator's write (addRelationship, updateNode...) or, for a contributor, the same input as a proposal. */
export async function submitWrite(
  operation: 'addRelationship' | 'updateNode' | 'createNode',
  input: Record<string, unknown>,
  asProposal: boolean,
  note?: string,
) {
  if (asProposal) {
    const d = await call<{ propose: { id: string; status: string } }>('mutation ($input: ProposalInput!) { propose(input: $input) { id status } }', {
      input: { [operation]: input, note: note || null },
    });
    return `Proposed for review (${d.propose.id})`;
  }
  const inputType = operation === 'addRelationship' ? 'RelationshipInput' : 'NodeInput';
  const result = operation === 'addRelationship' ? 'edge { id }' : 'node { id }';
  const d = await call<Record<string, { outcome: string }>>(`mutation ($input: ${inputType}!) { ${operation}(input: $input) { outcome ${result} } }`, {
    input,
  });
  return `Saved: ${d[operation]!.outcome}`;
}

export const checkQuote = (source: string, locator: string, quote: string) =>
  call<{ checkQuote: QuoteCheck }>(
    'query ($source: ID!, $locator: String!, $quote: String!) { checkQuote(source: $source, locator: $locator, quote: $quote) { passage found matchStart matchEnd problem } }',
    { source, locator, quote },
  ).then((d) => d.checkQuote);

const PROPOSAL = `id status operation proposedBy { name role } proposedAt note targetId targetKind fromId toId diff { field before after } sources { ${CITE} } decidedBy { name } reason`;
export const proposals = (filter: { status: string; operation: string | null; proposedBy: string | null }) =>
  call<{ proposals: { totalCount: number; nodes: Proposal[] } }>(
    `query ($status: ProposalStatus, $operation: ProposalOperation, $proposedBy: String) { proposals(status: $status, operation: $operation, proposedBy: $proposedBy, first: 50) { totalCount nodes { ${PROPOSAL} } } }`,
    filter,
  ).then((d) => d.proposals);

export const decide = (id: string, accept: boolean, reason?: string) =>
  accept
    ? call('mutation ($id: ID!) { acceptProposal(id: $id) { proposal { id status } } }', { id })
    : call('mutation ($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { proposal { id status } } }', { id, reason });

let sources: Promise<{ id: string; title: string }[]> | undefined;
/** Every Source (id and title), fetched once a page view, for the citation's source picker. */
export function allSources(): Promise<{ id: string; title: string }[]> {
  sources ??= (async () => {
    const out: { id: string; title: string }[] = [];
    let after: string | null = null;
    do {
      const d: { sources: { nodes: { id: string; title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await call(
        'query ($after: String) { sources(first: 100, after: $after) { nodes { id title } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      out.push(...d.sources.nodes);
      after = d.sources.pageInfo.hasNextPage ? d.sources.pageInfo.endCursor : null;
    } while (after);
    return out;
  })();
  sources.catch(() => (sources = undefined));
  return sources;
}

/** After a Source is created: the next picker search fetches the list again, with it. */
export const forgetSources = (): void => {
  sources = undefined;
};
