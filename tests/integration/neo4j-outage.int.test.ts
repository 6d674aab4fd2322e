/**
 * A Neo4j that stops answering under a running server (issue 11, item 3). A stopped process
 * (SIGSTOP) keeps its socket open, so only our own time bounds end the wait: queries fail with
 * DATABASE_UNAVAILABLE within the transaction timeout, readiness turns 503 within its bound,
 * and both recover on SIGCONT. A Neo4j that is gone (refused) fails the same way. No answer
 * to a client names the Neo4j address; the server log does.
 * Uses its own embedded Neo4j so the shared test database is not disturbed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j.js';
import { createLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { freePort } from '../support/free-port.js';

const TIMEOUTS = { transactionMs: 3_000, connectionAcquisitionMs: 2_000, connectionMs: 1_000 };
const READINESS_MS = 1_000;
/** Slack for a loaded CI machine on top of each configured bound. */
const SLACK_MS = 3_000;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgkg-outage-'));
const logged: string[] = [];
let settings: { port: number; dataDir: string; heapMb: number; pageCacheMb: number };
let neo4j: EmbeddedNeo4j | undefined;
let db: Database | undefined;
let server: RunningServer | undefined;

beforeAll(async () => {
  settings = { port: await freePort(), dataDir, heapMb: 512, pageCacheMb: 64 };
  neo4j = await startEmbeddedNeo4j(settings, () => {});
  db = new Database({ uri: neo4j.uri, timeouts: TIMEOUTS, log: (line) => logged.push(line) });
  // Development mode: stack traces are in the answers too, and must not name the address either.
  server = await startServer({
    db,
    host: '127.0.0.1',
    port: 0,
    production: false,
    readinessTimeoutMs: READINESS_MS,
    logger: createLogger('info', { write: (line: string) => void logged.push(line) }),
  });
});

afterAll(async () => {
  try {
    if (neo4j) process.kill(neo4j.pid, 'SIGCONT');
  } catch {
    // already gone
  }
  await server?.stop();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

async function meta(url: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ meta { neo4jVersion nodeCount } }' }),
  });
  const text = await res.text();
  return {
    text,
    body: JSON.parse(text) as {
      data?: { meta: { neo4jVersion: string } } | null;
      errors?: Array<{ message: string; extensions: { code: string; cause?: string } }>;
    },
  };
}

async function ready(url: string) {
  const res = await fetch(`${url}/health/ready`);
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { status: string; cause?: string } };
}

/** Nothing a client sees may name where Neo4j is. */
function expectNoAddress(text: string): void {
  expect(text).not.toContain(String(settings.port));
  expect(text).not.toContain('127.0.0.1');
  expect(text).not.toContain('bolt://');
}

async function untilAnswers(url: string, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const answer = await meta(url);
    if (answer.body.data?.meta) return Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer within ${limitMs} ms`);
}

describe('Neo4j outage under a running server', () => {
  it('a hung Neo4j (SIGSTOP): queries fail within the transaction timeout, readiness is 503 within its bound; SIGCONT: answers again', async () => {
    const url = server!.url;
    // A cold Neo4j on a loaded machine may need more than the short test timeout for its first answer.
    await untilAnswers(url, 60_000);

    process.kill(neo4j!.pid, 'SIGSTOP');
    let query: Awaited<ReturnType<typeof timed<Awaited<ReturnType<typeof meta>>>>>;
    let readiness: Awaited<ReturnType<typeof timed<Awaited<ReturnType<typeof ready>>>>>;
    try {
      query = await timed(() => meta(url));
      readiness = await timed(() => ready(url));
    } finally {
      process.kill(neo4j!.pid, 'SIGCONT');
    }
    console.log(
      `[measured] SIGSTOP: query failed after ${query.ms} ms (transaction timeout ${TIMEOUTS.transactionMs} ms + 1 s grace), readiness 503 after ${readiness.ms} ms (bound ${READINESS_MS} ms)`,
    );
    expect(query.value.body.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', cause: 'timeout' });
    expect(query.ms).toBeLessThan(TIMEOUTS.transactionMs + 1_000 + SLACK_MS);
    expectNoAddress(query.value.text);
    expect(readiness.value.status).toBe(503);
    expect(readiness.value.body).toMatchObject({ status: 'not-ready', cause: 'timeout' });
    expect(readiness.ms).toBeLessThan(READINESS_MS + SLACK_MS);
    expectNoAddress(readiness.value.text);
    // The operator still learns where: the server log names the address.
    expect(logged.some((line) => line.includes(neo4j!.uri))).toBe(true);

    const recoveredMs = await untilAnswers(url, 60_000);
    console.log(`[measured] SIGCONT: answering again after ${recoveredMs} ms`);
    expect((await ready(url)).status).toBe(200);
  });

  it('a stopped Neo4j (refused): readiness 503 and DATABASE_UNAVAILABLE naming the cause, not the address; recovers when Neo4j is back', async () => {
    const url = server!.url;
    await neo4j!.stop();
    const readiness = await timed(() => ready(url));
    expect(readiness.value.status).toBe(503);
    expect(readiness.value.body).toMatchObject({ status: 'not-ready', neo4j: 'down' });
    expect(['refused', 'unreachable']).toContain(readiness.value.body.cause);
    expectNoAddress(readiness.value.text);
    const down = await timed(() => meta(url));
    console.log(`[measured] Neo4j stopped: readiness 503 after ${readiness.ms} ms, query failed after ${down.ms} ms`);
    expect(down.value.body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(['refused', 'unreachable']).toContain(down.value.body.errors?.[0]?.extensions.cause);
    expect(down.ms).toBeLessThan(TIMEOUTS.transactionMs + 1_000 + SLACK_MS);
    expectNoAddress(down.value.text);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);

    neo4j = await startEmbeddedNeo4j(settings, () => {});
    await untilAnswers(url, 60_000);
    expect((await ready(url)).status).toBe(200);
  });
});
