/** Bulk import of one file's content: the dry run (contributor and above) and the import (curator). */
import type { MutationResolvers, QueryResolvers } from '../../generated/graphql.js';
import { checkImportContent, importContent } from '../../bulk/import-text.js';

export const importQueries: Pick<QueryResolvers, 'checkImport'> = {
  checkImport: async (_p, { format, content }, ctx) => checkImportContent(ctx.db, await ctx.auth.require('contributor', 'checkImport'), format, content),
};

export const importMutations: Pick<MutationResolvers, 'importContent'> = {
  importContent: async (_p, { format, content }, ctx) => importContent(ctx.db, await ctx.auth.require('curator', 'importContent'), format, content),
};
