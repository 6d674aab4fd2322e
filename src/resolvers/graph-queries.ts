/**
 * The graph-shaped queries (schema/graph.graphql): arguments checked against the caps, then
 * one function of src/visual/ each. GraphNode and GraphEdge resolve from node and edge views.
 */
import { GraphQLError, GraphQLScalarType } from 'graphql';
import type { NeighborhoodInput, QueryResolvers, Resolvers } from '../generated/graphql.js';
import type { RequestContext } from '../context.js';
import { LABEL_BY_KIND } from '../graph/schema-map.js';
import { citationsOf } from '../graph/views.js';
import { GRAPH_CAPS, checkRange } from '../graphql/graph-caps.js';
import { monitoringEvidenceGraph } from '../visual/evidence-graph.js';
import { exportGraph } from '../visual/export/index.js';
import type { GraphView } from '../visual/graph-view.js';
import { neighborhood } from '../visual/neighborhood.js';
import { paths } from '../visual/paths.js';
import { displayLabel, plainGraph, plainProperties } from '../visual/plain-graph.js';
import { subgraph } from '../visual/subgraph.js';
import { notFound } from '../analysis/require-node.js';
import { ErrorCode } from '../errors/codes.js';

async function neighborhoodOf(ctx: RequestContext, args: NeighborhoodInput, prefix = ''): Promise<GraphView> {
  const depth = checkRange(`${prefix}depth`, args.depth ?? 1, 1, GRAPH_CAPS.depth);
  const limit = checkRange(`${prefix}limit`, args.limit ?? 200, 1, GRAPH_CAPS.nodes);
  const graph = await neighborhood(ctx, {
    id: args.id,
    depth,
    limit,
    types: args.relationshipTypes ?? [],
    labels: (args.kinds ?? []).map((k) => LABEL_BY_KIND[k]!),
  });
  if (!graph) throw notFound(`${prefix}id`, args.id);
  return graph;
}

async function subgraphOf(ctx: RequestContext, ids: readonly string[], argument: string): Promise<GraphView> {
  checkRange(`${argument} (number of ids)`, ids.length, 1, GRAPH_CAPS.nodes);
  const { missing, ...graph } = await subgraph(ctx, [...new Set(ids)]);
  if (missing.length > 0) throw notFound(argument, missing[0]!);
  return graph;
}

const neighborhoodQuery: QueryResolvers['neighborhood'] = (_p, args, ctx) => neighborhoodOf(ctx, args);

const pathsQuery: QueryResolvers['paths'] = async (_p, args, ctx) => {
  const maxLength = checkRange('maxLength', args.maxLength ?? 4, 1, GRAPH_CAPS.pathLength);
  const limit = checkRange('limit', args.limit ?? 5, 1, GRAPH_CAPS.paths);
  // The statement checks both ids first (NOT_FOUND naming one), and searches nothing for one node.
  const found = await paths(ctx, { from: args.from, to: args.to, maxLength, limit, types: args.relationshipTypes ?? [] });
  if (args.from === args.to) throw new GraphQLError('to: must differ from from', { extensions: { code: ErrorCode.BadUserInput, argument: 'to' } });
  return found;
};

const subgraphQuery: QueryResolvers['subgraph'] = (_p, args, ctx) => subgraphOf(ctx, args.ids, 'ids');

const evidenceGraphQuery: QueryResolvers['monitoringEvidenceGraph'] = (_p, args, ctx) => monitoringEvidenceGraph(ctx, args);

const exportGraphQuery: QueryResolvers['exportGraph'] = async (_p, args, ctx) => {
  const { neighborhood: around, subgraph: ids } = args.selection;
  if (!around === !ids) {
    throw new GraphQLError('selection: give exactly one of neighborhood or subgraph', { extensions: { code: ErrorCode.BadUserInput, argument: 'selection' } });
  }
  const graph = around ? await neighborhoodOf(ctx, around, 'selection.neighborhood.') : await subgraphOf(ctx, ids!, 'selection.subgraph');
  const basename = around ? `neighborhood-${around.id.replace(/[^\w.-]+/g, '_')}` : 'subgraph';
  return exportGraph(plainGraph(graph), args.format, basename);
};

/** Properties and citations pass through as JSON values; nothing is parsed from literals. */
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
});

export const graphQueries: QueryResolvers = {
  neighborhood: neighborhoodQuery,
  paths: pathsQuery,
  subgraph: subgraphQuery,
  monitoringEvidenceGraph: evidenceGraphQuery,
  exportGraph: exportGraphQuery,
};

export const graphShapeResolvers: Resolvers = {
  JSON: JSONScalar,
  GraphNode: {
    kind: (n) => n.label,
    label: (n) => displayLabel(n),
    properties: (n) => plainProperties(n.props),
    citations: (n) => citationsOf(n.props),
  },
  GraphEdge: {
    source: (e) => e.fromId,
    target: (e) => e.toId,
    properties: (e) => plainProperties(e.props),
    citations: (e) => citationsOf(e.props),
  },
};
