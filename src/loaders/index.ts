/**
 * The DataLoaders of one request. Created fresh per request: batching and caching never leak between requests.
 * Each is built on first use: most requests touch one or none of the five (the flagship and search
 * only prime the node loader), so a request does not pay for DataLoaders it never calls.
 */
import type { QueryReader } from '../db/database.js';
import { createCitedPassageLoader, type CitedPassageLoader } from './cited-passage-loader.js';
import { createEdgeLoader, type EdgeLoader } from './edge-loader.js';
import { createNodeLoader, type NodeLoader } from './node-loader.js';
import { createProposalChangesLoader, type ProposalChangesLoader } from './proposal-changes-loader.js';
import { createStatusReportLoader, type StatusReportLoader } from './status-report-loader.js';

export interface Loaders {
  readonly node: NodeLoader;
  readonly edges: EdgeLoader;
  readonly statusReports: StatusReportLoader;
  readonly citedPassage: CitedPassageLoader;
  readonly proposalChanges: ProposalChangesLoader;
}

/** Getters on the prototype, not per-request closures; each loader is made once, on first read. */
class RequestLoaders implements Loaders {
  #node?: NodeLoader;
  #edges?: EdgeLoader;
  #statusReports?: StatusReportLoader;
  #citedPassage?: CitedPassageLoader;
  #proposalChanges?: ProposalChangesLoader;

  constructor(private readonly db: QueryReader) {}

  get node(): NodeLoader {
    return (this.#node ??= createNodeLoader(this.db));
  }

  /** Primes the node loader with the edges' ends, so it is this request's node loader. */
  get edges(): EdgeLoader {
    return (this.#edges ??= createEdgeLoader(this.db, this.node));
  }

  get statusReports(): StatusReportLoader {
    return (this.#statusReports ??= createStatusReportLoader(this.db));
  }

  get citedPassage(): CitedPassageLoader {
    return (this.#citedPassage ??= createCitedPassageLoader(this.db));
  }

  get proposalChanges(): ProposalChangesLoader {
    return (this.#proposalChanges ??= createProposalChangesLoader(this.db));
  }
}

export function createLoaders(db: QueryReader): Loaders {
  return new RequestLoaders(db);
}
