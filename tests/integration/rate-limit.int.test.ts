/**
 * Issue 11, item 2: per-client rate limiting of /graphql over HTTP, against the real server.
 * Clients without a (known) key count by IP address; a key counts on its own, with its role's
 * allowance. Over it: 429, Retry-After, and a GraphQL-shaped RATE_LIMITED error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { RateLimitConfig } from '../../src/http/rate-limit.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { testDatabase } from '../support/database.js';
import { resetTestGraph } from '../support/test-graph.js';
import { createTestKey } from '../support/keys.js';

let db: Database;
let server: RunningServer;
let keys: { reader: { secret: string }; curator: { secret: string } };

const RATE_LIMIT: RateLimitConfig = { enabled: true, windowSeconds: 60, perWindow: { anonymous: 3, reader: 4, contributor: 4, curator: 8, admin: 16 } };

beforeAll(async () => {
  db = testDatabase();
  keys = { reader: await createTestKey(db, 'reader'), curator: await createTestKey(db, 'curator') };
  server = await startServer({ db, host: '127.0.0.1', port: 0, production: true, rateLimit: RATE_LIMIT, logger: silentLogger() });
});
afterAll(async () => {
  await server.stop();
  await resetTestGraph(db);
  await db.close();
});

async function ask(headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ meta { schemaVersion } }' }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** Requests until the first 429; returns how many were answered and the refusal. */
async function untilRefused(headers: Record<string, string> = {}, max = 50) {
  for (let answered = 0; answered < max; answered++) {
    const response = await ask(headers);
    if (response.status === 429) return { answered, refusal: response };
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  }
  throw new Error(`no 429 after ${max} requests`);
}

describe('rate limiting', () => {
  it('answers 429 with Retry-After and a RATE_LIMITED error once an address has spent its allowance', async () => {
    const first = await ask();
    expect(first.headers.get('x-ratelimit-limit')).toBe('3');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
    const { answered, refusal } = await untilRefused();
    expect(answered + 1).toBe(3);
    const retryAfter = Number(refusal.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refusal.headers.get('content-type')).toContain('application/json');
    expect(refusal.body).toEqual({
      errors: [
        {
          message: `Too many requests from this address: the limit is 3 per 60 s (RATE_LIMIT_ANONYMOUS); try again in ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', limit: 3, windowSeconds: 60, retryAfterSeconds: retryAfter, requestId: refusal.headers.get('x-request-id') },
        },
      ],
    });
    // An unknown key does not escape the address's count.
    expect((await ask({ authorization: 'Bearer not-a-key' })).status).toBe(429);
  });

  it('counts each key on its own, and a curator key gets more than a reader key', async () => {
    const reader = await untilRefused({ authorization: `Bearer ${keys.reader.secret}` });
    const curator = await untilRefused({ authorization: `Bearer ${keys.curator.secret}` });
    expect(reader.answered).toBe(4);
    expect(curator.answered).toBe(8);
    expect(curator.refusal.body.errors[0].message).toMatch(
      /^Too many requests from this API key \(curator role\): the limit is 8 per 60 s \(RATE_LIMIT_CURATOR\)/,
    );
  });

  it('is off when the server is started without it (as the tests do)', async () => {
    const open = await startServer({ db, host: '127.0.0.1', port: 0, production: true, logger: silentLogger() });
    try {
      for (let i = 0; i < 10; i++) {
        const res = await fetch(`${open.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ meta { schemaVersion } }"}',
        });
        expect(res.status).toBe(200);
        expect(res.headers.get('x-ratelimit-limit')).toBeNull();
      }
    } finally {
      await open.stop();
    }
  });
});
