/** cypher/edges, graph, lists, meta, nodes, report, search: what the API and the loaders read. */
import { query, type NoParams, type Props } from './query.js';
import type { AmongRow, Checked, EdgeKeyParam, NodeEdgeRow, PageRow, PathRow } from './rows.js';

type Id = string;

/** Every root list: an allow-listed sort property, a direction and an offset page. */
export interface PageParams {
  sortField: string | undefined;
  descending: boolean;
  offset: number;
  limit: number;
}
/** A root list's filters: null when not asked. */
type ListParams<F extends string> = PageParams & Partial<Record<F, unknown>>;
/** Declares a list file whose filter parameters are F. */
function list<F extends string>(...filters: F[]) {
  const page = { sortField: true, descending: true, offset: true, limit: true } as const;
  return query<ListParams<F>, PageRow>({ ...page, ...Object.fromEntries(filters.map((f) => [f, true])) } as { [K in keyof ListParams<F>]-?: true });
}

export const readQueries = {
  'edges/by-node': query<{ keys: EdgeKeyParam[] }, NodeEdgeRow>({ keys: true }),

  'graph/among': query<{ ids: Id[]; types: string[]; limit: number }, AmongRow>({
    ids: true,
    types: true,
    limit: true,
  }),
  /** Checks the id itself (startKnown); always one row, nodes as graph/among's (all found). */
  'graph/neighborhood': query<
    { id: Id; depth: number; types: string[]; labels: string[]; nodeLimit: number; edgeLimit: number },
    AmongRow & { startKnown: boolean; truncated: boolean }
  >({
    id: true,
    depth: true,
    types: true,
    labels: true,
    nodeLimit: true,
    edgeLimit: true,
  }),
  /** Checks from and to itself; one row of nulls (length null) when no path answers. */
  'graph/paths': query<{ from: Id; to: Id; maxLength: number; types: string[]; limit: number }, Checked<PathRow>>({
    from: true,
    to: true,
    maxLength: true,
    types: true,
    limit: true,
  }),

  'lists/bodies': list('types', 'monitors', 'hasMandateOver'),
  'lists/forums': list('types', 'yearFrom', 'yearTo', 'hostedBy'),
  'lists/instruments': list('types', 'binding', 'scope', 'adoptedFrom', 'adoptedTo', 'depositary', 'monitoredBy', 'protects', 'guarantees'),
  'lists/migrant-categories': list('within'),
  'lists/organizations': list('types', 'memberOf', 'hasMandateOver'),
  'lists/rcps': list('region', 'secretariat'),
  'lists/rights': list('guaranteedBy'),
  'lists/sources': list(),
  'lists/states': list('region', 'subregion', 'unStatus', 'partyTo', 'notPartyTo', 'signatoryTo', 'memberOf'),
  'lists/status-reports': list('about', 'measure'),

  'meta/applied-migrations': query<NoParams, { version: number; name: string }>({}),
  'meta/await-indexes': query<NoParams, Record<never, never>>({}),
  'meta/database-info': query<NoParams, { version: string; edition: string; nodeCount: number; relationshipCount: number; schemaVersion: number | null }>({}),
  'meta/entity-count': query<NoParams, { n: number }>({}),
  'meta/graph-version': query<NoParams, { epoch: string; version: number }>({}),
  'meta/record-migration': query<{ version: number; name: string }, Record<never, never>>({ version: true, name: true }),

  'nodes/by-ids': query<{ ids: Id[] }, { id: Id; label: string; props: Props }>({ ids: true }),
  'nodes/cited-passages': query<{ keys: Array<{ key: string; sourceId: Id; locator: string }> }, { key: string; text: string }>({ keys: true }),
  'nodes/status-reports-about': query<{ ids: Id[] }, { id: Id; props: Props }>({ ids: true }),

  'report/label-counts': query<NoParams, { label: string; total: number; cited: number }>({}),
  'report/relationship-counts': query<NoParams, { type: string; total: number; cited: number }>({}),

  'search/fulltext': query<{ query: string; labels: string[] | null; first: number }, { label: string; props: Props; score: number }>({
    query: true,
    labels: true,
    first: true,
  }),
  'search/passages': query<
    { query: string; first: number },
    {
      id: Id;
      sourceId: Id;
      locator: string;
      article: string | null;
      text: string;
      score: number;
      edges: Array<{ type: string; from: Id; to: Id; sources: string[] | null; locators: string[] | null; quotes: string[] | null }>;
      nodes: Array<{ id: Id; sources: string[] | null; locators: string[] | null; quotes: string[] | null }>;
    }
  >({ query: true, first: true }),
};
