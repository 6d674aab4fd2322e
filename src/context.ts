/**
 * The per-request context: the only code that reads the HTTP request.
 * Holds the database executor and the request's DataLoaders (created fresh per request,
 * so batching and caching never leak between requests).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from './db/database.js';
import { ResultBudget } from './graphql/result-budget.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface RequestContext {
  requestId: string;
  db: Database;
  loaders: Loaders;
  /** Relationships this response may still hold (see src/graphql/result-budget.ts). */
  budget: ResultBudget;
}

export function createContext(db: Database, headers: Map<string, string> | Headers | undefined): RequestContext {
  const incoming = headers?.get('x-request-id');
  return {
    requestId: incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID(),
    db,
    loaders: createLoaders(db),
    budget: new ResultBudget(),
  };
}
