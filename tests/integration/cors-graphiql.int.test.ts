/**
 * /graphql for browsers, over real HTTP against the seeded graph: CORS for the origins in
 * CORS_ORIGINS only, Apollo's CSRF prevention still refusing simple cross-origin requests,
 * GraphiQL for Accept: text/html while a JSON GET still executes, and the saved examples run.
 */
import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { CORS_ALLOWED_HEADERS } from '../../src/http/cors.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { silentLogger } from '../../src/observability/logger.js';
import { EXAMPLES } from '../../graphiql/src/examples.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';

const ALLOWED = 'http://viz.example.org:8080';
const OTHER = 'https://elsewhere.example.com';
const CSRF_REFUSAL = /Cross-Site Request Forgery/;

let db: Database;
/** CORS_ORIGINS = ALLOWED */
let withCors: RunningServer;
/** CORS_ORIGINS unset: same-origin only */
let sameOrigin: RunningServer;

beforeAll(async () => {
  db = testDatabase();
  withCors = await startServer({ db, host: '127.0.0.1', port: 0, production: false, corsOrigins: [ALLOWED], logger: silentLogger() });
  sameOrigin = await startServer({ db, host: '127.0.0.1', port: 0, production: false, logger: silentLogger() });
});
afterAll(async () => {
  await withCors?.stop();
  await sameOrigin?.stop();
  await db?.close();
});

const preflight = (server: RunningServer, origin: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });

const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

const META = JSON.stringify({ query: '{ meta { nodeCount } }' });

describe('CORS on /graphql', () => {
  it('answers a preflight from an allowed origin with 204 and the CORS headers, echoing that origin', async () => {
    const response = await preflight(withCors, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(CORS_ALLOWED_HEADERS);
    expect(response.headers.get('access-control-allow-headers')).toContain('apollo-require-preflight');
    expect(response.headers.get('access-control-max-age')).toBe('7200');
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('gives a preflight from any other origin no CORS header at all (the browser then refuses the call)', async () => {
    const response = await preflight(withCors, OTHER);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual([]);
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    // An origin differing only in port or scheme is another origin.
    expect(corsHeaders(await preflight(withCors, 'http://viz.example.org'))).toEqual([]);
    expect(corsHeaders(await preflight(withCors, 'https://viz.example.org:8080'))).toEqual([]);
  });

  it('without CORS_ORIGINS grants no origin: same-origin only', async () => {
    const response = await preflight(sameOrigin, ALLOWED);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual([]);
    expect(response.headers.get('vary')).toBeNull();
  });

  it('answers the actual JSON POST from an allowed origin with its data, the origin, credentials and exposed headers', async () => {
    const response = await fetch(`${withCors.url}/graphql`, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json' },
      body: META,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id,retry-after');
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const body = (await response.json()) as { data: { meta: { nodeCount: number } } };
    expect(body.data.meta.nodeCount).toBeGreaterThan(0);
  });

  it('does not grant another origin on the actual request either', async () => {
    const response = await fetch(`${withCors.url}/graphql`, {
      method: 'POST',
      headers: { origin: OTHER, 'content-type': 'application/json' },
      body: META,
    });
    expect(corsHeaders(response)).toEqual([]);
  });

  it('still refuses simple cross-origin requests (no preflight-forcing header), even from an allowed origin', async () => {
    for (const origin of [ALLOWED, OTHER]) {
      // A simple POST (text/plain, form encodings) never reaches Apollo: /graphql takes only JSON
      // bodies, which a browser cannot send cross-origin without a preflight.
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const simplePost = await fetch(`${withCors.url}/graphql`, {
          method: 'POST',
          headers: { origin, 'content-type': contentType },
          body: META,
        });
        expect(simplePost.status).toBe(400);
        const refusal = (await simplePost.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
        expect(refusal.data).toBeUndefined();
        expect(refusal.errors[0]?.extensions.code).toBe('BAD_REQUEST');
        expect(refusal.errors[0]?.message).toContain('content-type: application/json');
      }

      // A simple GET is refused by Apollo's CSRF prevention.

      const simpleGet = await fetch(`${withCors.url}/graphql?query=${encodeURIComponent('{ meta { nodeCount } }')}`, {
        headers: { origin, accept: 'application/json' },
      });
      expect(simpleGet.status).toBe(400);
      expect(await simpleGet.text()).toMatch(CSRF_REFUSAL);
    }
  });
});

describe('GET /graphql', () => {
  it('serves GraphiQL to a browser (Accept: text/html), linking its bundle and the explorer', async () => {
    const response = await fetch(`${withCors.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/\bAccept\b/);
    const html = await response.text();
    expect(html).toContain('<script src="/graphiql/app.js"></script>');
    expect(html).toContain('href="/explorer"');
    expect(html).not.toMatch(/https?:\/\//); // nothing loaded from elsewhere
  });

  it('serves the bundled script and stylesheet from this server', async () => {
    const script = await fetch(`${withCors.url}/graphiql/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await script.text()).length).toBeGreaterThan(500_000);
    const style = await fetch(`${withCors.url}/graphiql/app.css`);
    expect(style.status).toBe(200);
    expect(await style.text()).toContain('.graphiql-container');
  });

  it('still executes a GraphQL GET that asks for JSON (with a CSRF-preflight header)', async () => {
    const response = await fetch(`${withCors.url}/graphql?query=${encodeURIComponent('{ meta { nodeCount } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { data: { meta: { nodeCount: number } } };
    expect(body.data.meta.nodeCount).toBeGreaterThan(0);
  });

  it("has Apollo's landing page (Sandbox, from a CDN) turned off: Apollo itself answers an HTML GET with no page", async () => {
    const response = await withCors.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'GET', headers: new HeaderMap([['accept', 'text/html']]), search: '', body: undefined },
      context: async () => ({}) as never,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });
});

describe("GraphiQL's saved examples", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each(EXAMPLES.map((example) => [example.title, example.query]))('%s runs and answers with data', async (_title, query) => {
    const data = await api.data<Record<string, unknown>>(query);
    const [root] = Object.values(data);
    expect(root).toBeTruthy();
    if (Array.isArray(root)) expect(root.length).toBeGreaterThan(0);
  });

  it('the examples return what docs/queries.md describes', async () => {
    const [flagship, profile, status] = await Promise.all(EXAMPLES.map((example) => api.data<any>(example.query)));
    expect(flagship.monitoringBodies.map((m: any) => m.monitorId)).toContain('body:cat');
    expect(profile.protectionProfile.missing.map((m: any) => m.instrument.acronym)).toContain('ICRMW');
    // docs/queries.md: 22 parties as of 2003-06-30; the 2026 table's dates are days, so none is uncertain.
    expect(status.ratificationStatus.partyCount).toBe(22);
    expect(status.ratificationStatus.uncertainPartyCount).toBe(0);
  });
});
