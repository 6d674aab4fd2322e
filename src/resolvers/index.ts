/** All resolvers, by the schema file they serve. */
import type { Resolvers } from '../generated/graphql.js';
import { crossSiloQueries } from './cross-silo/index.js';
import { graphQueries, graphShapeResolvers } from './graph-queries.js';
import { graphTypeResolvers } from './graph-types.js';
import { listQueries } from './lists.js';
import { nodeQuery, nodesQuery, searchQuery } from './lookup.js';
import { metaQuery } from './meta.js';
import { monitoringBodiesQuery } from './monitoring-bodies.js';

export const resolvers = {
  ...graphTypeResolvers,
  ...graphShapeResolvers,
  Query: {
    meta: metaQuery,
    node: nodeQuery,
    nodes: nodesQuery,
    search: searchQuery,
    ...listQueries,
    monitoringBodies: monitoringBodiesQuery,
    ...crossSiloQueries,
    ...graphQueries,
  },
} as Resolvers;
