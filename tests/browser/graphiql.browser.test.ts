/**
 * GraphiQL at GET /graphql in headless Chromium against the seeded graph, with every request to
 * a host other than this machine blocked and recorded: it loads from this server alone, runs the
 * flagship example, shows the schema in the docs explorer, opens another example from the picker,
 * links to /explorer (and the explorer back). A second server whose reads need a key shows the
 * prefilled authorization header and says why the docs are empty. Screenshots: graphiql-*.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, type BrowserHarness } from '../support/browser.js';
import { createTestKey } from '../support/keys.js';
import { resetTestGraph } from '../support/test-graph.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Blocks and records every request that would leave the machine. */
async function blockOutside(page: Page, attempted: string[]): Promise<void> {
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.has(url.hostname)) return route.continue();
    attempted.push(url.href);
    return route.abort('blockedbyclient');
  });
}

/** The text of one of GraphiQL's CodeMirror editors. */
const editorText = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector(`${s} .CodeMirror`) as any)?.CodeMirror.getValue() as string, selector);

describe('GraphiQL at /graphql', () => {
  let h: BrowserHarness;
  const attempted: string[] = [];

  beforeAll(async () => {
    h = await openExplorer();
    await blockOutside(h.page, attempted);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads from this server alone, with the saved examples as tabs and a link to the explorer', async () => {
    const response = await h.page.goto(`${h.server.url}/graphql`);
    expect(response?.status()).toBe(200);
    await h.page.waitForSelector('.graphiql-container .graphiql-execute-button', { timeout: 60_000 });
    const tabs = await h.page.locator('.graphiql-tab-button').allTextContents();
    expect(tabs.map((t) => t.trim())).toEqual(['MonitoringBodies', 'ProtectionProfile', 'RatificationStatus']);
    expect(await h.page.locator('#explorer-link').getAttribute('href')).toBe('/explorer');
    await h.screenshot('graphiql-01-loaded');
  });

  it('runs the flagship example and shows the monitoring bodies', async () => {
    expect(await editorText(h.page, '.graphiql-query-editor')).toContain('monitoringBodies(right: "right:non-refoulement", category: "category:refugees")');
    await h.page.click('.graphiql-execute-button');
    await h.page.waitForFunction(
      () => ((document.querySelector('.result-window .CodeMirror') as any)?.CodeMirror.getValue() ?? '').includes('monitorId'),
      undefined,
      { timeout: 60_000 },
    );
    const result = JSON.parse(await editorText(h.page, '.result-window'));
    expect(result.errors).toBeUndefined();
    expect(result.data.monitoringBodies.map((m: { monitorId: string }) => m.monitorId)).toContain('body:cat');
    await h.screenshot('graphiql-02-flagship-result');
  });

  it('shows the schema in the docs explorer (introspection)', async () => {
    await h.page.click('button[aria-label="Show Documentation Explorer"]');
    await h.page.click('a.graphiql-doc-explorer-type-name:text-is("Query")');
    await h.page.waitForSelector('.graphiql-doc-explorer-field-name:has-text("monitoringBodies")');
    const fields = await h.page.locator('.graphiql-doc-explorer-field-name').allTextContents();
    expect(fields).toEqual(expect.arrayContaining(['monitoringBodies', 'protectionProfile', 'ratificationStatus']));
    await h.screenshot('graphiql-03-docs');
  });

  it('opens an example from the picker in a new tab', async () => {
    await h.page.selectOption('select[aria-label="Open an example query"]', { label: "France's protection profile for migrant workers" });
    // The new tab takes its title from the operation once GraphiQL has parsed the query: then it runs that one.
    await h.page.waitForFunction(() => document.querySelector('.graphiql-tab-active .graphiql-tab-button')?.textContent?.trim() === 'ProtectionProfile');
    expect(await h.page.locator('.graphiql-tab').count()).toBe(4);
    expect(await editorText(h.page, '.graphiql-query-editor')).toContain('protectionProfile(state: "state:FRA"');
    await h.page.click('.graphiql-execute-button');
    await h.page.waitForFunction(
      () => ((document.querySelector('.result-window .CodeMirror') as any)?.CodeMirror.getValue() ?? '').includes('covered'),
      undefined,
      { timeout: 60_000 },
    );
    expect(JSON.parse(await editorText(h.page, '.result-window')).data.protectionProfile.missing.length).toBeGreaterThan(0);
    await h.screenshot('graphiql-04-picker');
  });

  it('sent no request off this machine', async () => {
    expect(attempted).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    // The recorder itself works: a request to an outside address (TEST-NET-1) is caught.
    await h.page.evaluate(() => fetch('http://192.0.2.1/probe').catch(() => undefined));
    expect(attempted).toEqual(['http://192.0.2.1/probe']);
    attempted.length = 0;
    h.pageErrors.length = 0;
  });

  it('links to the explorer, and the explorer links back to /graphql', async () => {
    await h.page.click('#explorer-link');
    await h.page.waitForURL(`${h.server.url}/explorer`);
    await h.page.evaluate(() => (window as any).explorer.ready);
    expect(await h.page.locator('#graphiql-link').getAttribute('href')).toBe('/graphql');
    await h.page.click('#graphiql-link');
    await h.page.waitForSelector('.graphiql-container');
    expect(attempted).toEqual([]);
  });
});

describe('GraphiQL when reads need an API key', () => {
  let h: BrowserHarness;
  const attempted: string[] = [];

  beforeAll(async () => {
    h = await openExplorer({ readsRequireKey: true });
    await blockOutside(h.page, attempted);
  });
  afterAll(async () => {
    if (h) await resetTestGraph(h.db); // removes the key made below
    await h?.close();
  });

  it('prefills the authorization header, says a key is needed and why the docs are empty', async () => {
    await h.page.goto(`${h.server.url}/graphql`);
    await h.page.waitForSelector('.graphiql-container .graphiql-execute-button', { timeout: 60_000 });
    await h.page.waitForFunction(() => document.getElementById('notice')?.textContent?.includes('schema could not be loaded'));
    const notice = await h.page.locator('#notice').textContent();
    expect(notice).toMatch(/queries still run/);
    expect(notice).toMatch(/API key/);
    expect(JSON.parse(await editorText(h.page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)'))).toEqual({ authorization: 'Bearer <your API key>' });
    await h.screenshot('graphiql-05-key-needed');
  });

  it('with a reader key in the Headers tab, loads the schema and runs the example', async () => {
    const reader = await createTestKey(h.db, 'reader', 'graphiql test reader');
    await h.page.evaluate((secret) => {
      const editors = [...document.querySelectorAll('.graphiql-editor-tool .graphiql-editor .CodeMirror')] as any[];
      const headers = editors.find((e) => e.CodeMirror.getValue().includes('authorization'));
      headers.CodeMirror.setValue(JSON.stringify({ authorization: `Bearer ${secret}` }));
    }, reader.secret);
    await h.page.click('button[aria-label="Re-fetch GraphQL schema"]');
    await h.page.waitForFunction(() => !document.getElementById('notice')?.textContent?.includes('schema could not be loaded'));
    await h.page.click('.graphiql-execute-button');
    await h.page.waitForFunction(
      () => ((document.querySelector('.result-window .CodeMirror') as any)?.CodeMirror.getValue() ?? '').includes('monitorId'),
      undefined,
      { timeout: 60_000 },
    );
    expect(JSON.parse(await editorText(h.page, '.result-window')).errors).toBeUndefined();
    await h.screenshot('graphiql-06-key-given');
    expect(attempted).toEqual([]);
  });
});
