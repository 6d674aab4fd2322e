/**
 * Issue 11, item 5: POST /graphql bodies the server cannot use are refused with a 4xx and a
 * GraphQL-shaped error saying what is wrong, never a 500. A body over the limit gets 413 without
 * being read to the end, the connection is closed, and the next request (on a fresh connection)
 * answers.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { testDatabase } from '../support/database.js';

let db: Database;
let server: RunningServer;
let small: RunningServer;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
  socketReused: boolean;
}

/** One POST through node:http, so the test sees the connection handling (keep-alive agent, chunked bodies). */
function postRaw(base: string, body: string | Buffer, headers: Record<string, string | number>, chunked = false): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/graphql`, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined, socketReused: req.reusedSocket });
      });
    });
    // The server may close while the rest of a too-large body is still being sent: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (chunked) {
      const buffer = Buffer.from(body);
      for (let i = 0; i < buffer.length; i += 64 * 1024) req.write(buffer.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const META = JSON.stringify({ query: '{ meta { nodeCount } }' });

beforeAll(async () => {
  db = testDatabase();
  server = await startServer({ db, host: '127.0.0.1', port: 0, production: true, logger: silentLogger() });
  small = await startServer({ db, host: '127.0.0.1', port: 0, production: true, maxBodyBytes: 2_000, logger: silentLogger() });
});

afterAll(async () => {
  agent.destroy();
  await server?.stop();
  await small?.stop();
  await db.close();
});

/** A syntactically fine GraphQL request padded to `bytes` with a long comment. */
function paddedRequest(bytes: number): string {
  const head = '{"query":"{ meta { nodeCount } } #';
  return `${head}${'x'.repeat(bytes - head.length - 2)}"}`;
}

describe('POST /graphql body limit', () => {
  it('a 2 MB body gets 413 PAYLOAD_TOO_LARGE naming the limit, and the next request answers', async () => {
    const warm = await postRaw(server.url, META, json);
    expect(warm.status).toBe(200);

    const big = paddedRequest(2_000_000);
    const refused = await postRaw(server.url, big, { ...json, 'content-length': Buffer.byteLength(big) });
    expect(refused.status).toBe(413);
    expect(refused.headers.connection).toBe('close');
    expect(refused.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(refused.body.errors[0].extensions.limit).toBe(1_000_000);
    expect(refused.body.errors[0].message).toMatch(/larger than the limit of 1000000 bytes \(MAX_BODY_BYTES\)/);

    const after = await postRaw(server.url, META, json);
    expect(after.status).toBe(200);
    expect(after.socketReused).toBe(false);
    expect(after.body.data.meta.nodeCount).toBeGreaterThan(0);
  });

  it('a chunked body (no Content-Length) is cut off at the limit too', async () => {
    const refused = await postRaw(server.url, paddedRequest(3_000_000), { ...json, 'transfer-encoding': 'chunked' }, true);
    expect(refused.status).toBe(413);
    expect(refused.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await postRaw(server.url, META, json)).status).toBe(200);
  });

  it('"Expect: 100-continue" with a Content-Length over the limit gets 413 before the body is sent', async () => {
    const big = Buffer.from(paddedRequest(2_000_000));
    const answer = await new Promise<{ status: number; continued: boolean; code: string }>((resolve, reject) => {
      let continued = false;
      const req = http.request(`${server.url}/graphql`, {
        method: 'POST',
        agent: false,
        headers: { ...json, 'content-length': big.length, expect: '100-continue' },
      });
      req.on('continue', () => {
        continued = true;
        req.end(big);
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve({ status: res.statusCode ?? 0, continued, code: body.errors[0].extensions.code });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer).toEqual({ status: 413, continued: false, code: 'PAYLOAD_TOO_LARGE' });
    expect((await postRaw(server.url, META, json)).status).toBe(200);
  });

  it('MAX_BODY_BYTES (maxBodyBytes) sets the limit: 2,000 bytes pass, 2,001 do not', async () => {
    expect((await postRaw(small.url, paddedRequest(2_000), json)).status).toBe(200);
    const refused = await postRaw(small.url, paddedRequest(2_001), json);
    expect(refused.status).toBe(413);
    expect(refused.body.errors[0].message).toMatch(/limit of 2000 bytes/);
  });
});

describe('POST /graphql bodies that are not one JSON object', () => {
  it.each([
    ['no content type', META, {}, /needs "content-type: application\/json", got none/],
    ['text/plain', META, { 'content-type': 'text/plain' }, /needs "content-type: application\/json", got "text\/plain"/],
    ['form data', 'query=%7Bmeta%7D', { 'content-type': 'application/x-www-form-urlencoded' }, /got "application\/x-www-form-urlencoded"/],
    ['malformed JSON', '{"query": "{ meta { nodeCount } }"', json, /not valid JSON/],
    ['an empty body', '', json, /not valid JSON/],
    ['a JSON array', `[${META}]`, json, /must be a JSON object .*got an array/],
    ['a JSON string', '"{ meta { nodeCount } }"', json, /must be a JSON object .*got a string/],
    ['JSON null', 'null', json, /must be a JSON object .*got null/],
    ['a JSON number', '42', json, /must be a JSON object .*got a number/],
  ])('%s gets 400 BAD_REQUEST saying what is wrong', async (_name, body, headers, message) => {
    const answer = await postRaw(server.url, body, headers);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.body.errors[0].message).toMatch(message);
    // Refused before Apollo, but still answered on a connection that carries on.
    expect((await postRaw(server.url, META, json)).status).toBe(200);
  });

  it('a JSON object without a query is left to Apollo, which answers 400', async () => {
    const answer = await postRaw(server.url, '{"variables": {}}', json);
    expect(answer.status).toBe(400);
  });
});
