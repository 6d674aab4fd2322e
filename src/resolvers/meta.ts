import type { QueryResolvers } from '../generated/graphql.js';
import { currentRelease } from '../release.js';

export const metaQuery: QueryResolvers['meta'] = async (_parent, _args, { db }) => {
  const [row] = await db.read('meta/database-info');
  if (!row) throw new Error('dbms.components() returned no row');
  return {
    neo4jVersion: String(row.version),
    neo4jEdition: String(row.edition),
    nodeCount: Number(row.nodeCount),
    relationshipCount: Number(row.relationshipCount),
    schemaVersion: row.schemaVersion === null ? null : Number(row.schemaVersion),
    ...currentRelease(),
  };
};
