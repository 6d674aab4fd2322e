/**
 * The per-request context: the only code that reads the HTTP request.
 * Holds the database executor, the request's DataLoaders (created fresh per request,
 * so batching and caching never leak between requests) and who is asking (API key).
 */
import { presentedKey, RequestAuth } from './auth/principal.js';
import type { Database } from './db/database.js';
import { ResultBudget } from './graphql/result-budget.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import { currentRequest, requestIdFrom } from './observability/request-trace.js';

export interface RequestContext {
  requestId: string;
  db: Database;
  loaders: Loaders;
  /** Relationships this response may still hold (see src/graphql/result-budget.ts). */
  budget: ResultBudget;
  /** The API key the request presents, resolved on first use. */
  auth: RequestAuth;
  /** Queries need a key with at least the reader role (READS_REQUIRE_KEY). */
  readsRequireKey: boolean;
}

export interface ContextOptions {
  readsRequireKey?: boolean;
}

export function createContext(db: Database, headers: Map<string, string> | Headers | undefined, options: ContextOptions = {}): RequestContext {
  return {
    // Over HTTP the server already chose the id (it is in the access log); in-process, choose here.
    requestId: currentRequest()?.requestId ?? requestIdFrom(headers?.get('x-request-id')),
    db,
    loaders: createLoaders(db),
    budget: new ResultBudget(),
    auth: new RequestAuth(db, presentedKey(headers)),
    readsRequireKey: options.readsRequireKey ?? false,
  };
}
