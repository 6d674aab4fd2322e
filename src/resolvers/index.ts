import type { Resolvers } from '../generated/graphql.js';
import { metaQuery } from './meta.js';
import { monitoringBodiesQuery } from './monitoring-bodies.js';

export const resolvers: Resolvers = {
  Query: {
    meta: metaQuery,
    monitoringBodies: monitoringBodiesQuery,
  },
};
