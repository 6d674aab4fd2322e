/** API key administration (admin role) and whoami. */
import type { MutationResolvers, QueryResolvers, Resolvers, Role } from '../../generated/graphql.js';
import { listApiKeys } from '../../auth/api-keys.js';
import { createApiKey, revokeApiKey } from '../../curation/key-admin.js';
import { fromEnumName, toEnumName } from '../../graph/views.js';

export const keyQueries: Pick<QueryResolvers, 'apiKeys' | 'whoami'> = {
  apiKeys: async (_p, _args, ctx) => {
    await ctx.auth.require('admin', 'apiKeys');
    return listApiKeys(ctx.db);
  },
  whoami: (_p, _args, ctx) => ctx.auth.principal(),
};

export const keyMutations: Pick<MutationResolvers, 'createApiKey' | 'revokeApiKey'> = {
  createApiKey: async (_p, { name, role }, ctx) => createApiKey(ctx.db, await ctx.auth.require('admin', 'createApiKey'), name, fromEnumName(role)),
  revokeApiKey: async (_p, { id }, ctx) => revokeApiKey(ctx.db, await ctx.auth.require('admin', 'revokeApiKey'), id),
};

/** Stored roles are lower-case ("curator"); the schema's Role enum is CURATOR. */
const roleOf = (parent: { role: string }) => toEnumName(parent.role) as Role;

export const keyTypeResolvers: Pick<Resolvers, 'Curator' | 'ApiKey'> = { Curator: { role: roleOf }, ApiKey: { role: roleOf } };
