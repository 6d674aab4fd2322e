/**
 * Resolvers for the node and edge types, built from the tables in src/graph/schema-map.ts.
 * Plain properties need no resolver: the server's field resolver reads them from the view's
 * props (see readViewField). What is here is what needs work: kinds, citations, lists that
 * default to empty, and every relationship field: read with its node by a planned list statement
 * (src/graph/prefetched.ts), else a DataLoader call so a nested query costs one round-trip per
 * level, not per item.
 */
import type { GraphQLFieldResolver } from 'graphql';
import { defaultFieldResolver } from 'graphql';
import { citedPassageKey } from '../loaders/cited-passage-loader.js';
import type { RequestContext } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { EDGE_TYPES, KIND_BY_LABEL, RELATIONSHIP_FIELDS, STATUS_REPORT_HOLDERS } from '../graph/schema-map.js';
import { citationsOf, type EdgeView, type NodeView } from '../graph/views.js';
import { prefetchedEdges, prefetchedEnd } from '../graph/prefetched.js';

type Resolver<P> = GraphQLFieldResolver<P, RequestContext>;
type TypeResolvers = Record<string, Resolver<never> | { __resolveType(value: never): string }>;

/**
 * The node at one end of an edge: read with the edge by a planned list statement (returned as
 * is: a nested listing has thousands of ends, and a promise for each would cost more than the
 * rest of their resolution), or loaded. A dangling end would be a broken graph, so it is an
 * internal error.
 */
function loadEnd(ctx: RequestContext, edge: EdgeView, side: 'from' | 'to'): NodeView | Promise<NodeView> {
  return prefetchedEnd(edge, side) ?? loadEndById(ctx, side === 'from' ? edge.fromId : edge.toId);
}

async function loadEndById(ctx: RequestContext, id: string): Promise<NodeView> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new Error(`edge end ${id} not found`);
  return node;
}

const list = (name: string) => (view: NodeView | EdgeView) => (view.props[name] as unknown[] | undefined) ?? [];

const nodeCommon: Record<string, Resolver<NodeView>> = {
  kind: (n) => KIND_BY_LABEL[n.label],
  aliases: list('aliases'),
  sources: (n) => citationsOf(n.props),
};

function nodeTypeResolvers(typeName: string): Record<string, Resolver<NodeView>> {
  const resolvers: Record<string, Resolver<NodeView>> = { ...nodeCommon };
  for (const [field, rel] of Object.entries(RELATIONSHIP_FIELDS[typeName] ?? {})) {
    // Read with the node (a planned list statement): answered without a promise, as loadEnd.
    resolvers[field] = (n, _args, ctx) => {
      const read = prefetchedEdges(n, field);
      if (read) return ctx.budget.admit(read);
      return ctx.loaders.edges.load({ id: n.id, type: rel.type, direction: rel.direction }).then((edges) => ctx.budget.admit(edges));
    };
  }
  if (STATUS_REPORT_HOLDERS.includes(typeName)) resolvers.statusReports = async (n, _args, ctx) => ctx.budget.admit(await ctx.loaders.statusReports.load(n.id));
  return resolvers;
}

function edgeTypeResolvers(type: string): Record<string, Resolver<EdgeView>> {
  const { fromField, toField } = EDGE_TYPES[type]!;
  return {
    sources: (e) => citationsOf(e.props),
    [fromField]: (e, _args, ctx) => loadEnd(ctx, e, 'from'),
    [toField]: (e, _args, ctx) => loadEnd(ctx, e, 'to'),
    ...(type === 'PROTECTS' || type === 'GUARANTEES' ? { articles: list('articles') } : {}),
    ...(type === 'MONITORS' ? { procedures: list('procedures') } : {}),
    // A coverage of an organisation's or group's members has no instrument (covered is the end).
    ...(type === 'COVERS'
      ? {
          excludes: list('excludes'),
          instrument: async (e, _args, ctx) => {
            const n = await loadEnd(ctx, e, 'to');
            return n.label === 'Instrument' ? n : null;
          },
        }
      : {}),
  };
}

/**
 * Built from the model's tables (one entry per node kind and relationship type), so their names
 * are only known at run time: tests/unit/schema-model-sync.test.ts checks them against the SDL.
 */
const modelTypeResolvers: Record<string, TypeResolvers> = {
  Node: { __resolveType: (n: NodeView) => n.label },
  Edge: { __resolveType: (e: EdgeView) => EDGE_TYPES[e.type]!.typeName },
  ...Object.fromEntries(Object.keys(KIND_BY_LABEL).map((label) => [label, nodeTypeResolvers(label)])),
  ...Object.fromEntries(Object.keys(EDGE_TYPES).map((type) => [EDGE_TYPES[type]!.typeName, edgeTypeResolvers(type)])),
};

/** The written-out resolvers, checked by tsc against the generated types. */
const namedTypeResolvers: Pick<Resolvers, 'StatusReport' | 'Source' | 'Citation'> = {
  StatusReport: {
    ...nodeTypeResolvers('StatusReport'),
    about: (n, _args, ctx) => ctx.loaders.node.load(String(n.props.about)),
  },
  Source: { ...nodeTypeResolvers('Source'), sources: () => [] },
  Citation: {
    sourceTitle: async (c, _args, ctx) => (await ctx.loaders.node.load(c.sourceId))?.name ?? null,
    source: (c, _args, ctx) => ctx.loaders.node.load(c.sourceId),
    passage: (c, _args, ctx) => ctx.loaders.citedPassage.load(citedPassageKey(c.sourceId, c.locator)),
  },
};

export const graphTypeResolvers = { ...modelTypeResolvers, ...namedTypeResolvers };

/**
 * The schema's default field resolver: a node or edge view keeps its stored properties in
 * `props`, so a field like State.iso3 or Ratification.action is read from there.
 */
export const readViewField: GraphQLFieldResolver<unknown, RequestContext> = (source, args, ctx, info) => {
  if (source && typeof source === 'object' && 'props' in source && !(info.fieldName in source)) {
    const value = (source as { props: Record<string, unknown> }).props[info.fieldName];
    return value === undefined ? null : value;
  }
  return defaultFieldResolver(source, args, ctx, info);
};
