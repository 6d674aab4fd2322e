/** monitoringBodies(right, category, state): the flagship question (src/analysis/monitoring-answers.ts). */
import type { QueryResolvers } from '../generated/graphql.js';
import { monitoringAnswers } from '../analysis/monitoring-answers.js';

export const monitoringBodiesQuery: QueryResolvers['monitoringBodies'] = (_parent, args, ctx) => monitoringAnswers(ctx, args);
