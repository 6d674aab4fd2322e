/**
 * The estimated cost of an operation, before any database work: graphql-query-complexity walks
 * the operation with the request's variables (so `first`, `limit` and their defaults count) and
 * asks `estimateFieldCost` for every field.
 *
 * The unit is roughly "one node or edge the server builds". Scalars cost nothing (they come with
 * their object); an object costs 1; a list multiplies what it holds by its size (`first`, `limit`,
 * the number of ids, else a guess); the root fields that each run their own traversal in Neo4j
 * add a fixed weight (TRAVERSAL_WEIGHTS), because one alias of them is one more Cypher query
 * while nested lists are batched (one round-trip per level, see src/loaders).
 */
import type { GraphQLOutputType } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { GRAPH_CAPS } from './graph-caps.js';
import { MAX_PAGE_SIZE } from './limits.js';

/** Items assumed in a list that has no size argument (a State's ratifications, a node's citations...). */
export const LIST_SIZE_GUESS = 3;

type Args = Record<string, unknown>;

const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
/** Clamped to the cap: a value beyond it is refused by the resolver with a BAD_USER_INPUT naming the cap. */
const capped = (value: unknown, fallback: number, cap: number): number => Math.min(Math.max(num(value, fallback), 0), cap);
const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/**
 * Fixed weight of each root field that runs its own traversal, in the cost unit. Chosen from the
 * answer sizes on the seeded graph: the flagship question reads a few hundred paths; a
 * neighborhood reads up to `limit` nodes per hop.
 */
export const TRAVERSAL_WEIGHTS: Record<string, (args: Args) => number> = {
  monitoringBodies: () => 100,
  monitoringEvidenceGraph: () => 100,
  protectionProfile: () => 100,
  gapAnalysis: () => 100,
  ratificationStatus: () => 30,
  // One ratificationStatus per year, in one query.
  partiesOverTime: () => 100,
  memberships: () => 30,
  mandates: () => 30,
  processOverlaps: () => 100,
  multiProcessStates: () => 100,
  search: () => 20,
  passages: () => 20,
  // Read every passage of one source and search the named one.
  citedPassage: () => 20,
  checkQuote: () => 20,
  shortestPath: (a) => 5 * capped(a.maxLength, 6, 8),
  paths: (a) => 5 * capped(a.maxLength, 4, GRAPH_CAPS.pathLength) * capped(a.limit, 5, GRAPH_CAPS.paths),
  neighborhood: (a) => capped(a.depth, 1, GRAPH_CAPS.depth) * capped(a.limit, 200, GRAPH_CAPS.nodes),
  subgraph: (a) => Math.min(count(a.ids), GRAPH_CAPS.nodes),
  exportGraph: (a) => {
    const selection = (a.selection ?? {}) as { neighborhood?: Args; subgraph?: unknown };
    const nodes = selection.neighborhood
      ? capped(selection.neighborhood.depth, 1, GRAPH_CAPS.depth) * capped(selection.neighborhood.limit, 200, GRAPH_CAPS.nodes)
      : Math.min(count(selection.subgraph), GRAPH_CAPS.nodes);
    // The file holds every node and edge with its properties and citations.
    return 2 * nodes;
  },
};

// Read by shape, not instanceof: under some loaders (vitest) graphql is loaded twice, and the
// schema's types come from the other copy.
type Wrapped = { ofType?: unknown; getFields?: unknown; getTypes?: unknown; toString(): string };

/** [X] or [X]! (a list of anything). */
function isList(type: GraphQLOutputType): boolean {
  return /^\[.*\]!?$/.test(String(type));
}

/** An object, interface or union: something with fields of its own. */
function isComposite(type: GraphQLOutputType): boolean {
  let named = type as unknown as Wrapped;
  while (named.ofType) named = named.ofType as Wrapped;
  return typeof named.getFields === 'function' || typeof named.getTypes === 'function';
}

/** How many items a list field (or a paginated connection) is expected to hold. */
function listSize(args: Args, parentTypeName: string): number {
  // The page size was counted on the connection itself; its nodes/edges lists are that page.
  if (parentTypeName.endsWith('Connection')) return 1;
  if ('first' in args) return capped(args.first, 20, MAX_PAGE_SIZE);
  if ('limit' in args) return capped(args.limit, 1, GRAPH_CAPS.nodes);
  if ('ids' in args) return Math.min(count(args.ids), GRAPH_CAPS.nodes);
  return LIST_SIZE_GUESS;
}

/** The cost of one field: see the module comment. */
export const estimateFieldCost: ComplexityEstimator = ({ field, type, args, childComplexity }: ComplexityEstimatorArgs) => {
  // Introspection reads the schema in memory, never the database.
  if (field.name.startsWith('__')) return 0;
  const isRoot = type.name === 'Query' || type.name === 'Mutation';
  const traversal = isRoot ? (TRAVERSAL_WEIGHTS[field.name]?.(args) ?? 0) : 0;
  if (!isComposite(field.type)) return traversal;
  const own = 1 + childComplexity;
  if (isList(field.type)) return traversal + listSize(args, type.name) * own;
  // A paginated connection: its page of `first` items.
  if ('first' in args) return traversal + 1 + capped(args.first, 20, MAX_PAGE_SIZE) * childComplexity;
  return traversal + own;
};
