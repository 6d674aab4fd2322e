/** All resolvers, by the schema file they serve. */
import type { Resolvers } from '../generated/graphql.js';
import { crossSiloQueries } from './cross-silo/index.js';
import { auditQueries } from './curation/audit.js';
import { formModelQuery } from './curation/form-model.js';
import { importMutations, importQueries } from './curation/imports.js';
import { keyMutations, keyQueries, keyTypeResolvers } from './curation/keys.js';
import { proposalMutations, proposalQueries, proposalTypeResolvers } from './curation/proposals.js';
import { curationMutations } from './curation/writes.js';
import { graphQueries, graphShapeResolvers } from './graph-queries.js';
import { graphTypeResolvers } from './graph-types.js';
import { listQueries } from './lists.js';
import { nodeQuery, nodesQuery, searchQuery } from './lookup.js';
import { passagesQuery } from './passages.js';
import { checkQuoteQuery, citedPassageQuery, sourcePassagesQuery } from './quotes.js';
import { metaQuery } from './meta.js';
import { monitoringBodiesQuery } from './monitoring-bodies.js';

export const resolvers: Resolvers = {
  ...graphTypeResolvers,
  ...keyTypeResolvers,
  ...proposalTypeResolvers,
  ...graphShapeResolvers,
  Query: {
    meta: metaQuery,
    node: nodeQuery,
    nodes: nodesQuery,
    search: searchQuery,
    passages: passagesQuery,
    citedPassage: citedPassageQuery,
    checkQuote: checkQuoteQuery,
    sourcePassages: sourcePassagesQuery,
    ...listQueries,
    monitoringBodies: monitoringBodiesQuery,
    ...crossSiloQueries,
    ...auditQueries,
    curationModel: formModelQuery,
    ...keyQueries,
    ...proposalQueries,
    ...importQueries,
    ...graphQueries,
  },
  Mutation: {
    ...curationMutations,
    ...keyMutations,
    ...proposalMutations,
    ...importMutations,
  },
};
