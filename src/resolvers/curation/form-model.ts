/** curationModel: the edit forms' model, derived from src/model each time (no hand-written list). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { buildCurationModel } from '../../curation/form-model.js';
import { KINDS, RELATIONSHIPS } from '../../model/model.js';

export const formModelQuery: QueryResolvers['curationModel'] = (_parent, _args, _ctx, info) =>
  buildCurationModel({ kinds: KINDS, relationships: RELATIONSHIPS }, info.schema);
