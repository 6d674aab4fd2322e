/**
 * The explorer against a server whose reads need an API key (READS_REQUIRE_KEY=true): the page
 * shows the key prompt when the API refuses it, a wrong key is refused with the server's reason,
 * a reader key (made the way the keys CLI makes them) unlocks the form and the search, and the
 * key stays in sessionStorage, out of the URL and the share link. Screenshots: tests/artifacts/browser/key-*.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactDir, openExplorer, type BrowserHarness } from '../support/browser.js';
import { createTestKey } from '../support/keys.js';
import { resetTestGraph } from '../support/test-graph.js';

let h: BrowserHarness;
let page: Page;
let reader: { id: string; secret: string };
/** The Authorization header of every GraphQL request the page sent (null: none). */
const sent: (string | null)[] = [];

beforeAll(async () => {
  h = await openExplorer({ readsRequireKey: true });
  page = h.page;
  reader = await createTestKey(h.db, 'reader', 'explorer test reader');
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') sent.push(request.headers()['authorization'] ?? null);
  });
});
afterAll(async () => {
  if (h) await resetTestGraph(h.db); // removes the key made above
  await h?.close();
});

const promptVisible = (p: Page) => p.locator('#key-form').isVisible();
const nodeIds = (p: Page) => p.evaluate(() => (window as any).explorer.cy.nodes().map((n: any) => n.id()) as string[]);

describe('explorer when reads require an API key', () => {
  it('asks for a key when the API refuses the first reads, giving the server reason', async () => {
    const response = await page.goto(`${h.server.url}/explorer`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('#key-form', { state: 'visible' });
    await expect(page.locator('#key-form').textContent()).resolves.toContain('This server requires an API key');
    await expect(page.locator('#key-reason').textContent()).resolves.toContain('Reading needs an API key with the reader role');
    // Nothing loaded without the key, and the page sent none.
    expect(await page.locator('#q-right option').count()).toBe(0);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((header) => header === null)).toBe(true);
    await h.screenshot('key-01-prompt');
  });

  it('a key the server does not know is refused, and the prompt comes back with the reason', async () => {
    await page.fill('#api-key', 'not-a-real-key');
    await page.click('#key-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('key-reason')?.textContent?.includes('not known'));
    expect(await promptVisible(page)).toBe(true);
    expect(sent).toContain('Bearer not-a-real-key');
    expect(await page.locator('#q-right option').count()).toBe(0);
    await h.screenshot('key-02-wrong-key');
  });

  it('with a reader key the question form fills and the search works, every request carrying the key', async () => {
    const before = sent.length;
    await page.fill('#api-key', reader.secret);
    await page.click('#key-form button[type=submit]');
    await page.evaluate(() => (window as any).explorer.ready);
    expect(await promptVisible(page)).toBe(false);
    expect(await page.locator('#q-right option').count()).toBeGreaterThan(5);
    await expect(page.locator('#status').textContent()).resolves.toBe('Search for something to start');

    await page.fill('#search', 'Migrant Workers');
    await page.waitForSelector('#suggestions li[data-id="body:cmw"]');
    await page.click('#suggestions li[data-id="body:cmw"]');
    await page.waitForFunction(() => (window as any).explorer.cy.getElementById('instrument:icrmw').nonempty());
    expect(await nodeIds(page)).toContain('body:cmw');
    await expect(page.locator('#d-title').textContent()).resolves.toContain('Migrant Workers');
    expect(await page.locator('#d-citations li').count()).toBeGreaterThan(0);
    const after = sent.slice(before);
    expect(after.length).toBeGreaterThan(3);
    expect(new Set(after)).toEqual(new Set([`Bearer ${reader.secret}`]));
    await page.waitForTimeout(300);
    await h.screenshot('key-03-search-with-key');
  });

  it('keeps the key in sessionStorage: not in the URL or the share link; a reload needs no prompt', async () => {
    expect(await page.evaluate(() => sessionStorage.getItem('explorer.apiKey'))).toBe(reader.secret);
    await page.click('#share');
    const link = await page.inputValue('#share-link');
    expect(link).toContain('#');
    expect(link).not.toContain(reader.secret);
    expect(page.url()).not.toContain(reader.secret);

    // Same tab: the session keeps the key, so the shared view comes back without asking.
    await page.reload();
    await page.evaluate(() => (window as any).explorer.ready);
    expect(await promptVisible(page)).toBe(false);
    expect(await nodeIds(page)).toContain('body:cmw');

    // Another browser session opening the link has no key: it is asked for one.
    const other = await h.browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await other.goto(link);
      await other.waitForSelector('#key-form', { state: 'visible' });
      expect(await other.evaluate(() => sessionStorage.getItem('explorer.apiKey'))).toBeNull();
      await other.screenshot({ path: `${artifactDir}/key-04-shared-link-other-session.png` });
    } finally {
      await other.close();
    }
  });

  it('threw no errors in the page besides the refused requests themselves', () => {
    // Chromium logs every 401 response as a console error; those are the refusals the test caused.
    const unexpected = h.pageErrors.filter((e) => !/status of 401/.test(e));
    expect(unexpected).toEqual([]);
    expect(h.pageErrors.length).toBeGreaterThan(unexpected.length);
  });
});
