/** The page's only way to the data: GraphQL over POST /graphql. */
import { awaitKey, currentKey, refusalReason } from './api-key.js';

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
  citations: { sourceId: string; sourceTitle: string | null; locator: string; quote: string | null; passage: string | null }[];
}
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  citations: GraphNode['citations'];
}
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}
export interface EvidenceAnswer {
  monitorId: string;
  basis: 'TREATY' | 'MANDATE';
  instrumentId: string | null;
  edgeIds: string[];
}

/**
 * One GraphQL request. When the server refuses it for want of an API key (READS_REQUIRE_KEY),
 * it waits for the user to give one (api-key.ts) and sends it again with that key.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  for (;;) {
    const key = currentKey();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key) headers.authorization = `Bearer ${key}`;
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: unknown } }[] };
    const refused = refusalReason(response.status, body.errors);
    if (refused !== null) {
      await awaitKey(key, refused);
      continue;
    }
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    if (!body.data) throw new Error(`GraphQL request failed with HTTP ${response.status}`);
    return body.data;
  }
}

// passage: the full article paragraph a citation of an instrument's text points at (null for documents).
const CITATIONS = 'citations { sourceId sourceTitle locator quote passage }';
const GRAPH = `truncated nodes { id kind label properties ${CITATIONS} } edges { id type source target properties ${CITATIONS} }`;

/** Nodes matching `text`, best first; `kinds` (NodeKind names) narrows them, e.g. to SOURCE for a citation. */
export const searchNodes = (text: string, kinds: string[] | null = null) =>
  gql<{ search: { node: { id: string; kind: string; name: string; acronym: string | null } }[] }>(
    'query ($text: String!, $kinds: [NodeKind!]) { search(text: $text, kinds: $kinds, first: 8) { node { id kind name acronym } } }',
    { text, kinds },
  ).then((d) => d.search.map((h) => h.node));

export const neighborhood = (id: string) =>
  gql<{ neighborhood: Graph }>(`query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { ${GRAPH} } }`, { id }).then((d) => d.neighborhood);

export const subgraph = (ids: string[]) =>
  gql<{ subgraph: Graph }>(`query ($ids: [ID!]!) { subgraph(ids: $ids) { ${GRAPH} } }`, { ids }).then((d) => d.subgraph);

export const evidenceGraph = (right: string, category: string, state: string | null) =>
  gql<{ monitoringEvidenceGraph: { graph: Graph; answers: EvidenceAnswer[] } }>(
    `query ($right: ID!, $category: ID!, $state: ID) { monitoringEvidenceGraph(right: $right, category: $category, state: $state) {
      answers { monitorId basis instrumentId edgeIds } graph { ${GRAPH} } } }`,
    { right, category, state },
  ).then((d) => d.monitoringEvidenceGraph);

export const exportView = (format: string, ids: string[]) =>
  gql<{ exportGraph: { filename: string; mediaType: string; content: string } }>(
    'query ($format: GraphExportFormat!, $ids: [ID!]!) { exportGraph(format: $format, selection: { subgraph: $ids }) { filename mediaType content } }',
    { format, ids },
  ).then((d) => d.exportGraph);

type Option = { id: string; name: string };

/** Every item of a list query, page by page (pages hold at most 100). */
async function all(field: 'rights' | 'migrantCategories' | 'states'): Promise<Option[]> {
  const out: Option[] = [];
  let after: string | null = null;
  do {
    const data: Record<string, { nodes: Option[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await gql(
      `query ($after: String) { ${field}(first: 100, after: $after, orderBy: { field: NAME }) { nodes { id name } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = data[field]!;
    out.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return out;
}

export const questionOptions = async () => {
  const [rights, categories, states] = await Promise.all([all('rights'), all('migrantCategories'), all('states')]);
  return { rights, categories, states };
};
