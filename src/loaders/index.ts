/** The DataLoaders of one request. Created fresh per request: batching and caching never leak between requests. */
import type { QueryReader } from '../db/database.js';
import { createCitedPassageLoader, type CitedPassageLoader } from './cited-passage-loader.js';
import { createEdgeLoader, type EdgeLoader } from './edge-loader.js';
import { createNodeLoader, type NodeLoader } from './node-loader.js';
import { createProposalChangesLoader, type ProposalChangesLoader } from './proposal-changes-loader.js';
import { createStatusReportLoader, type StatusReportLoader } from './status-report-loader.js';

export interface Loaders {
  node: NodeLoader;
  edges: EdgeLoader;
  statusReports: StatusReportLoader;
  citedPassage: CitedPassageLoader;
  proposalChanges: ProposalChangesLoader;
}

export function createLoaders(db: QueryReader): Loaders {
  const node = createNodeLoader(db);
  return {
    node,
    edges: createEdgeLoader(db, node),
    statusReports: createStatusReportLoader(db),
    citedPassage: createCitedPassageLoader(db),
    proposalChanges: createProposalChangesLoader(db),
  };
}
