/**
 * A graph-shaped answer as resolvers pass it: node and edge views (src/graph/views.ts) plus
 * whether a cap cut it. GraphNode and GraphEdge resolve from the same views as the analyst
 * types, so both APIs show the same properties and citations.
 */
import type { EdgeView, NodeView } from '../graph/views.js';

export interface GraphView {
  nodes: NodeView[];
  edges: EdgeView[];
  truncated: boolean;
}

/** Collects nodes and edges once each, by id, in the order first seen. */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeView>();
  private readonly edges = new Map<string, EdgeView>();
  truncated = false;

  addNode(node: NodeView): this {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return this;
  }

  addEdge(edge: EdgeView): this {
    if (!this.edges.has(edge.id)) this.edges.set(edge.id, edge);
    return this;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  build(): GraphView {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], truncated: this.truncated };
  }
}
