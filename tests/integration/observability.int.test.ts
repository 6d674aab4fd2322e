/**
 * Issue 11, item 8: what operators see. The access log line and the /metrics series of a real
 * request over HTTP, transaction metadata as Neo4j itself reports it, and production mode
 * hiding the schema (introspection, "Did you mean ...?").
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/observability/logger.js';
import { newRequestTrace, runInRequest } from '../../src/observability/request-trace.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';

let db: Database;
let server: RunningServer;
const logLines: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  const logger = createLogger('info', { write: (line: string) => void logLines.push(line) });
  server = await startServer({ db, host: '127.0.0.1', port: 0, production: false, logger });
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

async function post(body: unknown, requestId: string): Promise<{ status: number; json: any; headerId: string | null }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json(), headerId: res.headers.get('x-request-id') };
}

/** The access-log record of one request (written when the response closes, so wait for it). */
async function accessLine(requestId: string): Promise<Record<string, any>> {
  return vi.waitFor(() => {
    const records = logLines.map((line) => JSON.parse(line) as Record<string, any>);
    const found = records.filter((r) => r.msg === 'request' && r.requestId === requestId);
    expect(found).toHaveLength(1);
    return found[0]!;
  });
}

const COUNTS = 'query CountEverything { meta { nodeCount relationshipCount } }';

describe('access log', () => {
  it('writes one JSON line per request with id, operation, duration, status and its own round-trips', async () => {
    const before = db.roundTrips;
    const { status, json, headerId } = await post({ query: COUNTS, operationName: 'CountEverything' }, 'obs-test-1');
    const sent = db.roundTrips - before;
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(headerId).toBe('obs-test-1');
    const line = await accessLine('obs-test-1');
    expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', operation: 'CountEverything', status: 200 });
    expect(sent).toBeGreaterThan(0);
    // Only this request ran against this Database, so its own count is the global difference.
    expect(line.dbRoundTrips).toBe(sent);
    expect(line.durationMs).toBeGreaterThan(0);
    expect(line.dbTimeMs).toBeGreaterThan(0);
    expect(line.errorCodes).toBeUndefined();
  });

  it('names the error codes the client got, and a request without GraphQL still gets a line', async () => {
    const { status } = await post({ query: '{ meta { noSuchField } }' }, 'obs-test-2');
    expect(status).toBe(400);
    expect(await accessLine('obs-test-2')).toMatchObject({ status: 400, dbRoundTrips: 0, errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });

    const live = await fetch(`${server.url}/health/live`, { headers: { 'x-request-id': 'obs-test-3' } });
    expect(live.headers.get('x-request-id')).toBe('obs-test-3');
    expect(await accessLine('obs-test-3')).toMatchObject({ method: 'GET', path: '/health/live', status: 200, dbRoundTrips: 0 });
  });

  it('logs an internal error with the request id of the request that hit it', async () => {
    // A State without its required iso2: a broken graph, not a user error.
    await db.writeTx((tx) => db.runText(tx, "CREATE (:Entity:State {id: 'state:ZZY', name: 'Broken'})"));
    try {
      const { json } = await post({ query: '{ node(id: "state:ZZY") { ... on State { iso2 } } }' }, 'obs-test-4');
      expect(json.errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'obs-test-4' });
      const errorLine = await vi.waitFor(() => {
        const found = logLines.map((l) => JSON.parse(l)).find((r) => r.msg === 'internal error' && r.requestId === 'obs-test-4');
        expect(found).toBeDefined();
        return found;
      });
      expect(errorLine).toMatchObject({ level: 'error', path: 'node.iso2' });
      expect(errorLine.err.stack).toContain('State.iso2');
      expect(await accessLine('obs-test-4')).toMatchObject({ errorCodes: ['INTERNAL_SERVER_ERROR'] });
    } finally {
      await db.writeTx((tx) => db.runText(tx, "MATCH (n:Entity {id: 'state:ZZY'}) DETACH DELETE n"));
    }
  });
});

describe('GET /metrics', () => {
  it('exposes request counts, latency and round-trips by operation, errors by code, pool use, Neo4j up and process metrics', async () => {
    await post({ query: COUNTS }, 'obs-test-5');
    const before = db.roundTrips;
    await post({ query: COUNTS }, 'obs-test-6');
    const perRequest = db.roundTrips - before;
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const value = (series: string): number => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      expect(line, series).toBeDefined();
      return Number(line!.slice(series.length + 1));
    };
    // The first test and the two above ran CountEverything three times over HTTP in this file.
    expect(value('mgkg_graphql_requests_total{operation="CountEverything",status="200"}')).toBe(3);
    expect(value('mgkg_graphql_request_duration_seconds_count{operation="CountEverything"}')).toBe(3);
    expect(value('mgkg_graphql_request_db_round_trips_sum{operation="CountEverything"}')).toBe(3 * perRequest);
    expect(value('mgkg_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(value('mgkg_graphql_errors_total{code="INTERNAL_SERVER_ERROR"}')).toBe(1);
    expect(value('mgkg_db_round_trips_total')).toBeGreaterThanOrEqual(3 * perRequest);
    expect(value('mgkg_db_transaction_duration_seconds_count{mode="read"}')).toBeGreaterThan(0);
    expect(value('mgkg_db_sessions_in_use')).toBe(0);
    expect(value('mgkg_neo4j_up')).toBe(1);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});

describe('transaction metadata', () => {
  it('reaches Neo4j: SHOW TRANSACTIONS sees the request id and operation of a running query', async () => {
    const trace = newRequestTrace('obs-slow-1');
    trace.operation = 'SlowCount';
    // About seconds of work on any machine, with no data needed.
    const slow = runInRequest(trace, () => db.readText('UNWIND range(1, 40000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x) AS n'));
    const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUser'), inject('neo4jPassword')));
    try {
      const seen = await vi.waitFor(
        async () => {
          const result = await driver.executeQuery('SHOW TRANSACTIONS YIELD metaData, currentQuery RETURN metaData, currentQuery');
          const mine = result.records.map((r) => r.get('metaData')).find((m) => m.requestId === 'obs-slow-1');
          expect(mine).toBeDefined();
          return mine;
        },
        { timeout: 10_000, interval: 50 },
      );
      expect(seen).toEqual({ app: 'mgkg-api', requestId: 'obs-slow-1', operation: 'SlowCount' });
    } finally {
      await driver.close();
      await slow;
    }
  });
});

describe('production mode', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';
  const TYPO = '{ meta { nodeCont } }';

  it('turns introspection and field suggestions off', async () => {
    const api = await startTestApi({ production: true });
    try {
      const introspection = await api.ask(INTROSPECTION);
      expect(introspection.data).toBeUndefined();
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await api.ask(TYPO);
      expect(typo.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(typo.errors?.[0]?.message).toContain('nodeCont');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await api.close();
    }
  });

  it('leaves both on otherwise', async () => {
    const api = await startTestApi({ production: false });
    try {
      expect(await api.data(INTROSPECTION)).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const typo = await api.ask(TYPO);
      expect(typo.errors?.[0]?.message).toMatch(/Did you mean "nodeCount"\?/);
    } finally {
      await api.close();
    }
  });
});
