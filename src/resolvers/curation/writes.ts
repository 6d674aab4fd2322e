/** The curation mutations: check the role, hand the input to the write service (src/curation/). */
import type { MutationResolvers } from '../../generated/graphql.js';
import { createNode, updateNode } from '../../curation/node-writes.js';
import { addRelationship, removeRelationship, updateRelationship } from '../../curation/relationship-writes.js';
import { revertChange } from '../../curation/revert.js';

export const curationMutations: Pick<
  MutationResolvers,
  'createNode' | 'updateNode' | 'addRelationship' | 'updateRelationship' | 'removeRelationship' | 'revertChange'
> = {
  createNode: async (_p, { input }, ctx) => createNode(ctx.db, await ctx.auth.require('curator', 'createNode'), input),
  updateNode: async (_p, { input }, ctx) => updateNode(ctx.db, await ctx.auth.require('curator', 'updateNode'), input),
  addRelationship: async (_p, { input }, ctx) => addRelationship(ctx.db, await ctx.auth.require('curator', 'addRelationship'), input),
  updateRelationship: async (_p, { input }, ctx) => updateRelationship(ctx.db, await ctx.auth.require('curator', 'updateRelationship'), input),
  removeRelationship: async (_p, { id, citations }, ctx) => removeRelationship(ctx.db, await ctx.auth.require('curator', 'removeRelationship'), id, citations),
  revertChange: async (_p, { id }, ctx) => revertChange(ctx.db, await ctx.auth.require('curator', 'revertChange'), id),
};
