/**
 * A read plan: what a request selects below a list's nodes, as the graph model sees it —
 * which stored properties of each node and edge, and which relationship fields to follow.
 * Built from the GraphQL selection (src/resolvers/selection-plan.ts), turned into one Cypher
 * statement by nested-read-cypher.ts. Every name in a plan is a field of the schema or a
 * relationship type of the model, never text from the request.
 */
import type { Direction } from './schema-map.js';

export interface NodePlan {
  /** Stored properties to read (always id and name, and title where the model has one: a NodeView's name needs them). */
  props: string[];
  /** Relationship fields to follow, each at most once (aliases of a field share it). */
  rels: RelPlan[];
}

export interface RelPlan {
  /** The GraphQL field on the node type (ratifications, monitoredBy, ...). */
  field: string;
  /** Relationship type and direction (RATIFIED, out). */
  type: string;
  direction: Direction;
  /** Stored properties of the relationship the selection reads (id only when selected: the statement sorts by it on its own). */
  edgeProps: string[];
  /** The node at the other end, when the selection reads it; null: only the edge. */
  other: NodePlan | null;
}

/**
 * How a planned statement returns what it read (nested-read-cypher.ts writes it, prefetched.ts
 * reads it): lists, not maps, because the driver decodes every key of every map again (the key
 * strings, and a defineProperty per key) — most of the decoding work of a nested listing.
 * - a node: the values of its plan's `props` in that order, then one list per `rels` entry;
 * - an edge: the values of its `edgeProps` in that order, then, when `other` is planned, the
 *   other end's label (null where the model allows one kind there) and the other end as a node
 *   row; else the other end's id.
 */
export type PlannedNodeRow = unknown[];
export type PlannedEdgeRow = unknown[];

/** Property names reach Cypher as map keys (`n {.name}`): only plain identifiers qualify. */
export const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The stored properties behind a `sources` field (citations are three parallel lists). */
export const CITATION_PROPS = ['citeSources', 'citeLocators', 'citeQuotes'];

/** Relationship hops answered in one statement; deeper fields fall back to the DataLoaders. */
export const MAX_PLANNED_HOPS = 4;

/**
 * Relationships a node can have hundreds of (an instrument's parties and signatories, a group's
 * members): one statement that nests them multiplies rows before the result budget
 * (src/graphql/result-budget.ts) can stop it, where the DataLoaders stop at the first level
 * over it. So they are planned only as the first hop, without anything nested below them.
 */
export const DENSE_RELATIONSHIPS = new Set(['RATIFIED:in', 'SIGNED:in', 'MEMBER_OF:in']);

/** Number of relationship lists in a plan (for tests and logs). */
export function countRels(plan: NodePlan | null): number {
  if (!plan) return 0;
  return plan.rels.reduce((sum, rel) => sum + 1 + countRels(rel.other), 0);
}
