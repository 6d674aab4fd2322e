/**
 * Prometheus metrics (prom-client), served at GET /metrics. One registry per process: every
 * series is about this process, and a scrape sees all servers it runs (tests run several).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const graphqlRequests = new Counter({
  name: 'mgkg_graphql_requests_total',
  help: 'GraphQL requests answered, by operation name and HTTP status',
  labelNames: ['operation', 'status'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'mgkg_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL request to sending its answer, by operation name',
  labelNames: ['operation'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const graphqlRoundTrips = new Histogram({
  name: 'mgkg_graphql_request_db_round_trips',
  help: 'Database round-trips (statements sent to Neo4j) per GraphQL request, by operation name',
  labelNames: ['operation'] as const,
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50, 100],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'mgkg_graphql_errors_total',
  help: 'Errors returned to clients, by error code (extensions.code)',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const httpRequests = new Counter({
  name: 'mgkg_http_requests_total',
  help: 'HTTP requests answered, by route and status',
  labelNames: ['route', 'status'] as const,
  registers: [registry],
});

export const dbRoundTrips = new Counter({
  name: 'mgkg_db_round_trips_total',
  help: 'Statements sent to Neo4j (a transaction of N statements counts N)',
  registers: [registry],
});

export const dbTransactionDuration = new Histogram({
  name: 'mgkg_db_transaction_duration_seconds',
  help: 'Time of managed transactions, including connection acquisition and retries, by access mode',
  labelNames: ['mode'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const dbSessionsInUse = new Gauge({
  name: 'mgkg_db_sessions_in_use',
  help:
    'Driver sessions the executor holds open right now; each holds at most one pooled connection, ' +
    'so this bounds the driver pool connections in use by requests (pool size 50)',
  registers: [registry],
});

export const neo4jUp = new Gauge({
  name: 'mgkg_neo4j_up',
  help: '1 when Neo4j answered the last readiness check (each /health/ready and /metrics request), else 0',
  registers: [registry],
});

let defaultsOn = false;

/** Process metrics (CPU, memory, event-loop lag, GC); started by the server, not by CLI tools. */
export function enableDefaultMetrics(): void {
  if (defaultsOn) return;
  defaultsOn = true;
  collectDefaultMetrics({ register: registry });
}
