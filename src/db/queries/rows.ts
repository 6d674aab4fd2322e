/** Row shapes that several Cypher files share (a node or edge map, a count, a page of a list). */
import type { Props } from './query.js';

/** `{label, props}` of a node, as analyst files return nodes. */
export interface NodeRow {
  label: string;
  props: Props;
}

/** `{type, from, to, props, other?}` of a relationship, as analyst files return edges. */
export interface EdgeRow {
  type: string;
  from: string;
  to: string;
  props: Props;
  /** The node at the end the query did not start from, when the query returned it. */
  other?: NodeRow;
}

/** A relationship with its citations as three parallel lists. */
export interface CitedEdgeRow {
  type: string;
  from: string;
  to: string;
  props: Props;
  sources: string[] | null;
  locators: string[] | null;
  quotes: string[] | null;
}

/**
 * A flagship answer (cypher/fragments/monitoring-answer-columns): the row of
 * analyst/monitoring-bodies, an element of analyst/monitoring-evidence-graph's answers.
 */
export interface MonitoringAnswerRow {
  id: string;
  name: string;
  label: string;
  monitorProps: Props;
  instrumentProps: Props | null;
  basis: 'treaty' | 'mandate';
  instrumentId: string | null;
  categoryPath: string[];
  articles: string[] | null;
  monitoringKind: string | null;
  evidence: CitedEdgeRow[];
}

/**
 * A root question that checks the ids it is asked about in its own statement (one round-trip):
 * idProblem names the first argument whose id is unknown (kind null) or of a kind not expected.
 * Each such statement returns idProblem on every row, and one row whose answer columns are all
 * null when nothing answers (src/analysis/require-node.ts: answeredRows).
 */
export interface IdProblem {
  argument: string;
  id: string;
  /** The kinds the argument must name; null: any node. */
  expected: string[] | null;
  /** The node's kind label; null: no node has this id. */
  kind: string | null;
}

export type Checked<R> = R & { idProblem: IdProblem | null };

export interface CountRow {
  count: number;
}

export interface DeletedRow {
  deleted: number;
}

/** One page of a root list and the number of matches. */
export interface PageRow {
  totalCount: number;
  page: Props[];
}

/** What the upserts say per outcome. */
export interface OutcomeCountRow {
  outcome: 'created' | 'updated' | 'unchanged';
  count: number;
}

export interface ApiKeyRow {
  id: string;
  name: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A validated node as the upsert statements take it. */
export interface NodeWriteRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

/** A validated relationship as the upsert statements take it. */
export interface RelationshipWriteRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** A node's relationships of one type in one direction, as the edge loader asks. */
export interface EdgeKeyParam {
  id: string;
  type: string;
  direction: 'out' | 'in';
}

/** The rows edges/by-node returns. */
export interface NodeEdgeRow {
  nodeId: string;
  type: string;
  direction: 'out' | 'in';
  fromId: string;
  toId: string;
  edgeProps: Props;
  otherLabel: string;
  otherProps: Props;
}

/** One way a path of the graph goes. */
export interface PathRow {
  length: number;
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/**
 * A node or edge as a projected statement returns it: the values of the properties its field list
 * names, in that order (null where absent), or, when it was given no list, one map of them all.
 */
export type ProjectedPart = unknown[];

/**
 * One instrument of analyst/protection-profile, as a list (lists decode cheaper than maps); each
 * part projected by its own field list.
 */
export type ProfileInstrumentRow = [
  instrumentId: string,
  instrument: ProjectedPart,
  categoryPath: string[],
  protectedCategoryId: string,
  protection: ProjectedPart,
  ratifications: Array<[superseded: boolean, ratification: ProjectedPart]>,
  signatures: ProjectedPart[],
  guarantees: Array<[guarantee: ProjectedPart, right: ProjectedPart]>,
  monitors: Array<[monitorLabel: string, monitoring: ProjectedPart, monitor: ProjectedPart]>,
  coveredAsOf: string[],
];

/**
 * graph/among and graph/neighborhood: the nodes asked for or reached, in that order (label and
 * props null when no node has the id), and the capped edges among them.
 */
export interface AmongRow {
  nodes: Array<{ id: string; label: string | null; props: Props | null }>;
  edges: Array<{ type: string; from: string; to: string; props: Props }>;
}
