/**
 * Node and edge views in the shape graph libraries want ({id kind label properties},
 * {id type source target properties}): what GraphNode/GraphEdge return and what exports write.
 * Citations are kept apart from the properties (the three parallel lists are storage detail).
 */
import type { EdgeView, NodeView, Props } from '../graph/views.js';
import type { GraphView } from './graph-view.js';

const CITATION_LISTS = new Set(['citeSources', 'citeLocators', 'citeQuotes']);
/** Stored only to feed the full-text index. */
const INDEX_ONLY = new Set(['aliasText']);

export interface PlainNode {
  id: string;
  kind: string;
  label: string;
  properties: Props;
}

export interface PlainEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Props;
}

export interface PlainGraph {
  nodes: PlainNode[];
  edges: PlainEdge[];
  truncated: boolean;
}

export function plainProperties(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => !CITATION_LISTS.has(k) && !INDEX_ONLY.has(k) && v !== null && v !== undefined));
}

/** The acronym when there is one (CMW, ICRMW), else the name: short enough for a graph label. */
export function displayLabel(node: NodeView): string {
  const acronym = node.props.acronym;
  return typeof acronym === 'string' && acronym.length > 0 ? acronym : node.name;
}

export const plainNode = (n: NodeView): PlainNode => ({ id: n.id, kind: n.label, label: displayLabel(n), properties: plainProperties(n.props) });

export const plainEdge = (e: EdgeView): PlainEdge => ({ id: e.id, type: e.type, source: e.fromId, target: e.toId, properties: plainProperties(e.props) });

export function plainGraph(view: GraphView): PlainGraph {
  return { nodes: view.nodes.map(plainNode), edges: view.edges.map(plainEdge), truncated: view.truncated };
}
