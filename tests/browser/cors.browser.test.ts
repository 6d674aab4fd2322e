/**
 * A visualization frontend on another origin, in headless Chromium: a tiny page server started
 * here (its own port, so its own origin) serves a page whose script queries the API with fetch.
 * From the origin listed in CORS_ORIGINS the page shows the answer (and can read x-request-id, an
 * exposed header); the same page from an origin not listed gets nothing: the browser blocks it.
 * Screenshots: tests/artifacts/browser/cors-*.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, type BrowserHarness } from '../support/browser.js';

let h: BrowserHarness;
let allowedSite: http.Server;
let otherSite: http.Server;
const consoleLines: string[] = [];

/** The frontend's page: one GraphQL query by fetch, the answer or the failure written out. */
const frontendPage = (apiUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A visualization frontend</title><link rel="icon" href="data:,"></head>
<body><h1>A frontend on <span id="origin"></span></h1><pre id="out">asking the API…</pre>
<script>
  document.getElementById('origin').textContent = location.origin;
  const out = document.getElementById('out');
  fetch(${JSON.stringify(`${apiUrl}/graphql`)}, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ meta { nodeCount } }' }),
  })
    .then(async (response) => {
      const body = await response.json();
      out.textContent = 'nodes: ' + body.data.meta.nodeCount + '\\nrequest id: ' + response.headers.get('x-request-id');
      out.dataset.state = 'answered';
    })
    .catch((error) => {
      out.textContent = 'failed: ' + error.message;
      out.dataset.state = 'failed';
    });
</script></body></html>`;

async function startSite(): Promise<http.Server> {
  const site = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(frontendPage(h.server.url));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return site;
}
const originOf = (site: http.Server) => `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

beforeAll(async () => {
  allowedSite = await startSite();
  otherSite = await startSite();
  h = await openExplorer({ corsOrigins: [originOf(allowedSite)] });
  h.page.on('console', (message) => consoleLines.push(message.text()));
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => allowedSite?.close(resolve));
  await new Promise((resolve) => otherSite?.close(resolve));
});

describe('a page on another origin calling the API', () => {
  it('from an origin in CORS_ORIGINS: the page gets the answer and can read x-request-id', async () => {
    expect(originOf(allowedSite)).not.toBe(h.server.url); // really cross-origin (another port)
    await h.page.goto(originOf(allowedSite));
    await h.page.waitForSelector('#out[data-state]');
    await h.screenshot('cors-allowed-origin');
    const text = await h.page.locator('#out').textContent();
    expect(await h.page.locator('#out').getAttribute('data-state')).toBe('answered');
    expect(Number(/nodes: (\d+)/.exec(text ?? '')?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/request id: [0-9a-f-]{8,}/);
  });

  it('from an origin not listed: the browser blocks the call and the page gets nothing', async () => {
    consoleLines.length = 0;
    await h.page.goto(originOf(otherSite));
    await h.page.waitForSelector('#out[data-state]');
    await h.screenshot('cors-other-origin');
    expect(await h.page.locator('#out').getAttribute('data-state')).toBe('failed');
    await expect(h.page.locator('#out').textContent()).resolves.toBe('failed: Failed to fetch');
    expect(consoleLines.join('\n')).toMatch(/blocked by CORS policy/);
  });
});
