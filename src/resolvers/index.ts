import type { Resolvers } from '../generated/graphql.js';
import { metaQuery } from './meta.js';

export const resolvers: Resolvers = {
  Query: {
    meta: metaQuery,
  },
};
