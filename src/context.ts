/**
 * The per-request context: the only code that reads the HTTP request.
 * Holds the database executor and the request's DataLoaders (created fresh per request,
 * so batching and caching never leak between requests).
 */
import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { Database } from './db/database.js';
import { createNodeLoader, type NodeSummary } from './loaders/node-loader.js';

export interface RequestContext {
  requestId: string;
  db: Database;
  loaders: { node: DataLoader<string, NodeSummary | null> };
}

export function createContext(db: Database, headers: Map<string, string> | Headers | undefined): RequestContext {
  const incoming = headers?.get('x-request-id');
  return {
    requestId: incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID(),
    db,
    loaders: { node: createNodeLoader(db) },
  };
}
