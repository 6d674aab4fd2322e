/**
 * The end of every HTTP request: one access-log line and the request metrics, both from the
 * request's trace, so the log line and the series always agree.
 */
import type { Logger } from 'pino';
import { graphqlDuration, graphqlErrors, graphqlRequests, graphqlRoundTrips, httpRequests } from './metrics.js';
import { operationLabel } from './operation-label.js';
import { elapsedMs, type RequestTrace } from './request-trace.js';

/** A fixed set of route labels; unknown paths must not become series. */
export function routeLabel(pathname: string): string {
  if (pathname === '/graphql') return 'graphql';
  if (pathname === '/metrics') return 'metrics';
  if (pathname.startsWith('/health/')) return 'health';
  if (pathname.startsWith('/explorer')) return 'explorer';
  return 'other';
}

export interface FinishedRequest {
  method: string;
  path: string;
  status: number;
}

export function recordRequest(logger: Logger, trace: RequestTrace, request: FinishedRequest): void {
  const durationMs = elapsedMs(trace);
  const route = routeLabel(request.path);
  const status = String(request.status);
  httpRequests.inc({ route, status });
  if (route === 'graphql') {
    const operation = operationLabel(trace.operation);
    graphqlRequests.inc({ operation, status });
    graphqlDuration.observe({ operation }, durationMs / 1000);
    graphqlRoundTrips.observe({ operation }, trace.dbRoundTrips);
    for (const code of trace.errorCodes) graphqlErrors.inc({ code });
  }
  logger.info(
    {
      requestId: trace.requestId,
      method: request.method,
      path: request.path,
      operation: trace.operation,
      status: request.status,
      durationMs: Math.round(durationMs * 10) / 10,
      dbRoundTrips: trace.dbRoundTrips,
      dbTimeMs: Math.round(trace.dbTimeMs * 10) / 10,
      ...(trace.errorCodes.length > 0 ? { errorCodes: trace.errorCodes } : {}),
    },
    'request',
  );
}
