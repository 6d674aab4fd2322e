/**
 * What one HTTP request did, gathered while it runs: its id, GraphQL operation name, error
 * codes, and the database round-trips and time spent on its behalf. Held in an
 * AsyncLocalStorage so the executor (src/db/database.ts) can count per request and tag every
 * transaction without each resolver passing it along; the API stays stateless, since the
 * trace lives only as long as the request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { BookmarkManager } from 'neo4j-driver';

export interface RequestTrace {
  requestId: string;
  startedAt: bigint;
  /** The GraphQL operation name; null when anonymous, undefined when no GraphQL ran. */
  operation?: string | null;
  /** Codes of the errors the client received (extensions.code). */
  errorCodes: string[];
  dbRoundTrips: number;
  dbTimeMs: number;
  /** Set by the result cache: the request's transactions are causally chained (see Database.inSession). */
  bookmarks?: BookmarkManager;
}

const storage = new AsyncLocalStorage<RequestTrace>();

/** A client's X-Request-Id when it is a plain token, so its logs line up with ours; else a UUID. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

export function newRequestTrace(requestId: string): RequestTrace {
  return { requestId, startedAt: process.hrtime.bigint(), errorCodes: [], dbRoundTrips: 0, dbTimeMs: 0 };
}

/** Runs `work` (and everything it awaits) as part of the request `trace`. */
export function runInRequest<T>(trace: RequestTrace, work: () => T): T {
  return storage.run(trace, work);
}

/** The request being served, or undefined outside one (start-up, command-line tools). */
export function currentRequest(): RequestTrace | undefined {
  return storage.getStore();
}

export function elapsedMs(trace: RequestTrace): number {
  return Number(process.hrtime.bigint() - trace.startedAt) / 1e6;
}

/**
 * Transaction metadata for Neo4j (visible in SHOW TRANSACTIONS and the query log), so a slow
 * query there can be traced back to the request and operation that sent it.
 */
export function transactionMetadata(trace = currentRequest()): Record<string, string> {
  const metadata: Record<string, string> = { app: 'mgkg-api' };
  if (trace) metadata.requestId = trace.requestId;
  if (trace?.operation) metadata.operation = trace.operation.slice(0, 128);
  return metadata;
}
