import type { QueryResolvers } from '../generated/graphql.js';
import { currentRelease } from '../release.js';

export const metaQuery: QueryResolvers['meta'] = async (_parent, _args, { db }) => {
  const [row] = await db.read('meta/database-info');
  if (!row) throw new Error('dbms.components() returned no row');
  return {
    neo4jVersion: row.version,
    neo4jEdition: row.edition,
    nodeCount: row.nodeCount,
    relationshipCount: row.relationshipCount,
    schemaVersion: row.schemaVersion === null ? null : row.schemaVersion,
    ...currentRelease(),
  };
};
