/** The cross-silo analyst questions (schema/cross-silo.graphql), one Cypher file each in cypher/analyst/. */
import { gapAnalysisQuery } from './gap-analysis.js';
import { mandatesQuery, membershipsQuery } from './memberships-mandates.js';
import { partiesOverTimeQuery } from './parties-over-time.js';
import { multiProcessStatesQuery, processOverlapsQuery } from './process-overlaps.js';
import { protectionProfileQuery } from './protection-profile.js';
import { ratificationStatusQuery } from './ratification-status.js';
import { shortestPathQuery } from './shortest-path.js';

export const crossSiloQueries = {
  protectionProfile: protectionProfileQuery,
  ratificationStatus: ratificationStatusQuery,
  partiesOverTime: partiesOverTimeQuery,
  gapAnalysis: gapAnalysisQuery,
  memberships: membershipsQuery,
  mandates: mandatesQuery,
  shortestPath: shortestPathQuery,
  processOverlaps: processOverlapsQuery,
  multiProcessStates: multiProcessStatesQuery,
};
