/**
 * The explorer page end to end in headless Chromium against the seeded graph: search, click,
 * expand, the flagship question, filters, the share link, a GraphML export parsed back and the CSV table links.
 * Steps share one page and run in order; each leaves a screenshot in tests/artifacts/browser/.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExplorer, type BrowserHarness } from '../support/browser.js';

let h: BrowserHarness;
let page: Page;

beforeAll(async () => {
  h = await openExplorer();
  page = h.page;
});
afterAll(async () => {
  await h?.close();
});

/** What the canvas holds, read from the page's Cytoscape instance. */
const canvas = (p: Page) =>
  p.evaluate(() => {
    const cy = (window as any).explorer.cy;
    return {
      nodes: cy.nodes().map((n: any) => n.id()) as string[],
      visibleNodes: cy.nodes(':visible').map((n: any) => n.id()) as string[],
      edges: cy.edges().map((e: any) => e.id()) as string[],
      hiddenEdges: cy.edges('.hidden').map((e: any) => e.data('type')) as string[],
      answers: cy.nodes('.answer').map((n: any) => n.id()) as string[],
      evidence: cy.edges('.evidence').map((e: any) => e.id()) as string[],
    };
  });

/** Where a node is drawn, in page coordinates (for real mouse clicks on the canvas). */
async function nodePoint(p: Page, id: string): Promise<{ x: number; y: number }> {
  // The page centres a picked node with a short animation; aim once it has settled.
  await p.waitForFunction(() => !(window as any).explorer.cy.animated());
  const box = (await p.locator('#graph').boundingBox())!;
  const at = await p.evaluate((nodeId) => (window as any).explorer.cy.getElementById(nodeId).renderedPosition(), id);
  return { x: box.x + at.x, y: box.y + at.y };
}

describe('explorer page', () => {
  it('loads with the question form filled from the API', async () => {
    const response = await page.goto(`${h.server.url}/explorer`);
    expect(response?.status()).toBe(200);
    await page.evaluate(() => (window as any).explorer.ready);
    expect(await page.locator('#q-right option').count()).toBeGreaterThan(5);
    expect(await page.locator('#q-state option').count()).toBeGreaterThan(190);
    await expect(page.locator('#status').textContent()).resolves.toBe('Search for something to start');
    await h.screenshot('01-loaded');
  });

  it("links the CSV tables under /data/, the form's question among them, and a link downloads its table", async () => {
    const hrefs = await page.locator('#tables-menu a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const question = new URLSearchParams({ right: await page.locator('#q-right').inputValue(), category: await page.locator('#q-category').inputValue() });
    expect(hrefs).toEqual(['/data/treaty-status.csv', '/data/treaty-status-notes.csv', `/data/monitoring-bodies.csv?${question}`]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tables-menu a[href="/data/treaty-status-notes.csv"]')]);
    expect(download.suggestedFilename()).toBe('treaty-status-notes.csv');
    expect(fs.readFileSync((await download.path())!, 'utf8')).toContain('instrument:crc,');
  });

  it('search "Migrant Workers" suggests the CMW; picking it draws it with its neighbours and cited details', async () => {
    await page.fill('#search', 'Migrant Workers');
    await page.waitForSelector('#suggestions li[data-id="body:cmw"]');
    await h.screenshot('02-suggestions');
    await page.click('#suggestions li[data-id="body:cmw"]');
    await page.waitForFunction(() => (window as any).explorer.cy.getElementById('instrument:icrmw').nonempty());
    const view = await canvas(page);
    expect(view.nodes).toContain('body:cmw');
    expect(view.edges).toContain('body:cmw-[MONITORS]->instrument:icrmw');
    await expect(page.locator('#d-title').textContent()).resolves.toContain('Migrant Workers');
    expect(await page.locator('#d-citations li').count()).toBeGreaterThan(0);
    await expect(page.locator('#d-citations').textContent()).resolves.not.toContain('none recorded');
    await h.screenshot('03-cmw');
  });

  it('clicking a node opens its details; double-clicking expands its neighbours', async () => {
    const before = await canvas(page);
    expect(before.nodes).not.toContain('state:MEX');
    const icrmw = await nodePoint(page, 'instrument:icrmw');
    await page.mouse.click(icrmw.x, icrmw.y);
    await page.waitForFunction(() => document.getElementById('d-kind')?.textContent?.includes('instrument:icrmw'));
    await page.mouse.dblclick(icrmw.x, icrmw.y);
    // The ICRMW's parties (Mexico among them, UN Treaty Collection data) join the view.
    await page.waitForFunction(() => (window as any).explorer.cy.getElementById('state:MEX').nonempty(), undefined, { timeout: 30_000 });
    const after = await canvas(page);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length + 40);
    expect(after.edges.some((id) => id.startsWith('state:MEX-[RATIFIED') && id.endsWith('->instrument:icrmw'))).toBe(true);
    await page.waitForTimeout(300);
    await h.screenshot('04-expanded');
  });

  it('the flagship question highlights the answering bodies and their evidence path', async () => {
    await page.selectOption('#q-right', 'right:non-refoulement');
    await page.selectOption('#q-category', 'category:refugees');
    await page.click('#flagship button[type=submit]');
    await page.waitForSelector('#answers li.answer');
    const view = await canvas(page);
    expect(view.answers).toContain('body:cat');
    expect(view.answers).toContain('org:unhcr');
    expect(view.evidence).toContain('body:cat-[MONITORS]->instrument:cat');
    expect(view.evidence).toContain('instrument:cat-[GUARANTEES]->right:non-refoulement');
    await expect(page.locator('#answers').textContent()).resolves.toContain('Committee against Torture');
    // The same answers as the API gives for the question.
    const api = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ monitoringBodies(right: "right:non-refoulement", category: "category:refugees") { monitorId } }' }),
      });
      return ((await r.json()).data.monitoringBodies as { monitorId: string }[]).map((a) => a.monitorId);
    });
    expect([...view.answers].sort()).toEqual([...new Set(api)].sort());
    await page.waitForTimeout(300);
    await h.screenshot('05-flagship');
  });

  it('opening a citation of a treaty text shows the cited article (CAT art. 3(1) on the guarantee of non-refoulement)', async () => {
    const edge = 'instrument:cat-[GUARANTEES]->right:non-refoulement';
    await page.evaluate((id) => (window as any).explorer.cy.getElementById(id).emit('tap'), edge);
    await page.waitForFunction((id) => document.getElementById('d-kind')?.textContent?.includes(id), edge);
    const passage = page.locator('#d-citations details.passage');
    expect(await passage.count()).toBe(1);
    await expect(passage.locator('summary').textContent()).resolves.toBe('Passage: art. 3(1)');
    expect(await passage.locator('blockquote').isVisible()).toBe(false);
    await passage.locator('summary').click();
    expect(await passage.locator('blockquote').isVisible()).toBe(true);
    await expect(passage.locator('blockquote').textContent()).resolves.toContain('No State Party shall expel, return ("refouler") or extradite a person');
    await h.screenshot('05b-passage');
  });

  it('filters hide a relationship type; the share link rebuilds the same view', async () => {
    await page.click('#type-filters input[value="HAS_MANDATE"]');
    const filtered = await canvas(page);
    expect(filtered.hiddenEdges.length).toBeGreaterThan(0);
    expect(new Set(filtered.hiddenEdges)).toEqual(new Set(['HAS_MANDATE']));
    await page.click('#share');
    const link = await page.inputValue('#share-link');
    expect(link).toContain('#');
    await h.screenshot('06-filtered-share');
    const other = await h.browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await other.goto(link);
      await other.evaluate(() => (window as any).explorer.ready);
      const restored = await canvas(other);
      expect([...restored.nodes].sort()).toEqual([...filtered.nodes].sort());
      expect([...restored.answers].sort()).toEqual([...filtered.answers].sort());
      expect(new Set(restored.hiddenEdges)).toEqual(new Set(['HAS_MANDATE']));
      await other.screenshot({ path: `${(await import('../support/browser.js')).artifactDir}/07-shared-link.png` });
    } finally {
      await other.close();
    }
    await page.click('#type-filters input[value="HAS_MANDATE"]');
  });

  it('exports the view as GraphML that parses, with every node on the canvas', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="GRAPHML"]')]);
    expect(download.suggestedFilename()).toBe('subgraph.graphml');
    const xml = fs.readFileSync((await download.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.localName,
        nodes: [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')),
        edges: [...doc.getElementsByTagName('edge')].map((e) => [e.getAttribute('source'), e.getAttribute('target')]),
      };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('graphml');
    const view = await canvas(page);
    expect([...parsed.nodes].sort()).toEqual([...view.visibleNodes].sort());
    expect(parsed.edges.length).toBeGreaterThanOrEqual(view.evidence.length);
    expect(parsed.edges).toContainEqual(['body:cat', 'instrument:cat']);
    await h.screenshot('08-exported');
  });

  it('threw no errors in the page', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
